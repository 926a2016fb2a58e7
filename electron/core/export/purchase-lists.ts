/** The purchasing screens' exports: 采购订单 and 采购申请. */
import type { PoStatus, RequisitionStatus } from '../../shared/contract'
import { defineExport, localDateTime } from './spec'

const ORDER_STATUS: Record<PoStatus, string> = {
  draft: '草稿',
  pending: '待审批',
  approved: '已审批',
  sent: '已发送',
  partial: '部分到货',
  received: '已到货',
  closed: '已短结',
  cancelled: '已作废',
}
const REQUISITION_STATUS: Record<RequisitionStatus, string> = {
  draft: '草稿',
  submitted: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  ordered: '已下单',
  done: '已完成',
}

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
    ORDER_STATUS[row.status],
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
    REQUISITION_STATUS[row.status],
    row.departmentName,
    row.neededBy ?? '',
    row.reason,
    row.lineCount,
    row.requestedBy,
    localDateTime(row.createdAt),
    row.decidedBy ?? '',
  ],
})
