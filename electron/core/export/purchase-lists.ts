/** The purchasing screens' exports: 采购订单 and 采购申请. */
import { ORDER_STATUS_NAMES, REQUISITION_STATUS_NAMES } from '../../shared/names'
import { defineExport, localDateTime } from './spec'

export const ordersExport = defineExport({
  method: 'orders.list',
  name: () => '采购订单',
  columns: () => [
    { header: '订单号', kind: 'text', width: 18 },
    { header: '状态', width: 10 },
    { header: '逾期', width: 8 },
    { header: '供应商', width: 22 },
    { header: '收货仓库' },
    { header: '预计到货', width: 12 },
    { header: '金额（元）', kind: 'fen' },
    { header: '制单人' },
    { header: '制单时间', width: 17 },
  ],
  cells: (row) => [
    row.poNo,
    ORDER_STATUS_NAMES[row.status],
    row.overdue ? '逾期' : '',
    row.supplierName,
    row.warehouseName,
    row.expectedDate ?? '',
    row.totalFen,
    row.createdBy,
    localDateTime(row.createdAt),
  ],
})

export const requisitionsExport = defineExport({
  method: 'requisitions.list',
  name: () => '采购申请',
  columns: () => [
    { header: '申请单号', kind: 'text', width: 18 },
    { header: '状态', width: 10 },
    { header: '申请部门' },
    { header: '需用日期', width: 12 },
    { header: '用途 / 理由', width: 24 },
    { header: '品种数', kind: 'int', width: 8 },
    { header: '申请人' },
    { header: '申请时间', width: 17 },
    { header: '审批人' },
  ],
  cells: (row) => [
    row.reqNo,
    REQUISITION_STATUS_NAMES[row.status],
    row.departmentName,
    row.neededBy ?? '',
    row.reason,
    row.lineCount,
    row.requestedBy,
    localDateTime(row.createdAt),
    row.decidedBy ?? '',
  ],
})
