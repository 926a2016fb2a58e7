import { h } from 'vue'
import { NTag, type DataTableColumns } from 'naive-ui'
import type { PoSummary } from '@shared/contract'
import { formatFen } from '@shared/money'
import PurchaseStatusTag from '@/components/purchase-status-tag.vue'
import { formatDateTime } from '@/utils/date'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** 审批 1/2 while it waits; nothing once decided or when none is needed. */
export function approvalsText(t: Translate, row: Pick<PoSummary, 'status' | 'approvals' | 'approvalsNeeded'>) {
  if (row.status !== 'pending') return ''
  return t('purchase.orders.info.approvals', { have: row.approvals.length, need: row.approvalsNeeded })
}

export function orderColumns(t: Translate): DataTableColumns<PoSummary> {
  return [
    { key: 'poNo', title: t('purchase.orders.columns.poNo'), width: 170, className: 'code' },
    {
      key: 'status',
      title: t('purchase.orders.columns.status'),
      width: 130,
      render: (row) =>
        h('span', { class: 'status-cell' }, [
          h(PurchaseStatusTag, { kind: 'order', status: row.status }),
          row.overdue ? h(NTag, { size: 'small', type: 'error', bordered: false }, () => t('purchase.overdue')) : null,
        ]),
    },
    { key: 'supplierName', title: t('purchase.orders.columns.supplier'), minWidth: 180, ellipsis: { tooltip: true } },
    { key: 'warehouseName', title: t('purchase.orders.columns.warehouse'), width: 110, ellipsis: { tooltip: true } },
    {
      key: 'expectedDate',
      title: t('purchase.orders.columns.expectedDate'),
      width: 110,
      render: (row) => row.expectedDate ?? '',
    },
    {
      key: 'totalFen',
      title: t('purchase.orders.columns.total'),
      width: 130,
      align: 'right',
      render: (row) => h('span', { class: 'num' }, formatFen(row.totalFen)),
    },
    {
      key: 'approvals',
      title: t('purchase.orders.columns.approvals'),
      width: 90,
      render: (row) => approvalsText(t, row),
    },
    { key: 'createdBy', title: t('purchase.orders.columns.createdBy'), width: 100 },
    {
      key: 'createdAt',
      title: t('purchase.orders.columns.createdAt'),
      width: 150,
      render: (row) => formatDateTime(row.createdAt),
    },
  ]
}
