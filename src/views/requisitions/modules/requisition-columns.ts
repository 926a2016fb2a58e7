import { h } from 'vue'
import { NCheckbox, type DataTableColumns } from 'naive-ui'
import { REQUISITION_STATUSES, type Input, type RequisitionRow, type RequisitionStatus } from '@shared/contract'
import PurchaseStatusTag from '@/components/purchase-status-tag.vue'
import { formatDateTime } from '@/utils/date'

type Translate = (key: string) => string
type Column = DataTableColumns<RequisitionRow>[number]

/** A status from the address (?status=approved), or null for anything else. */
export function requisitionStatusOf(value: unknown): RequisitionStatus | null {
  return REQUISITION_STATUSES.find((status) => status === value) ?? null
}

/** 集中采购 takes the requisitions the core lists 'order' for (approved ones, for whoever may order). */
export const canCombine = (row: Pick<RequisitionRow, 'actions'>): boolean => row.actions.includes('order')

export interface Selection {
  /** Show the select column at all (the user may order). */
  enabled: boolean
  has: (id: number) => boolean
  toggle: (row: RequisitionRow, on: boolean) => void
}

/** The requisition list's columns; with `selection.enabled`, a first column ticks approved ones for 集中采购. */
export function requisitionColumns(t: Translate, selection: Selection): DataTableColumns<RequisitionRow> {
  const select: Column = {
    key: 'select',
    width: 44,
    render: (row) =>
      canCombine(row)
        ? h(NCheckbox, {
            checked: selection.has(row.id),
            'data-testid': `req-select-${row.reqNo}`,
            onClick: (event: MouseEvent) => event.stopPropagation(),
            'onUpdate:checked': (on: boolean) => selection.toggle(row, on),
          })
        : null,
  }
  const columns: Column[] = [
    { key: 'reqNo', title: t('purchase.requisitions.columns.reqNo'), width: 170, className: 'code' },
    {
      key: 'status',
      title: t('purchase.requisitions.columns.status'),
      width: 90,
      render: (row) => h(PurchaseStatusTag, { kind: 'requisition', status: row.status }),
    },
    {
      key: 'departmentName',
      title: t('purchase.requisitions.columns.department'),
      width: 140,
      ellipsis: { tooltip: true },
    },
    {
      key: 'neededBy',
      title: t('purchase.requisitions.columns.neededBy'),
      width: 110,
      render: (row) => row.neededBy ?? '',
    },
    {
      key: 'reason',
      title: t('purchase.requisitions.columns.reason'),
      minWidth: 160,
      ellipsis: { tooltip: true },
    },
    { key: 'lineCount', title: t('purchase.requisitions.columns.lineCount'), width: 80, align: 'right' },
    { key: 'requestedBy', title: t('purchase.requisitions.columns.requestedBy'), width: 100 },
    {
      key: 'createdAt',
      title: t('purchase.requisitions.columns.createdAt'),
      width: 150,
      render: (row) => formatDateTime(row.createdAt),
    },
    {
      key: 'decidedBy',
      title: t('purchase.requisitions.columns.decidedBy'),
      width: 100,
      render: (row) => row.decidedBy ?? '',
    },
  ]
  return selection.enabled ? [select, ...columns] : columns
}

export interface RequisitionFilters {
  status: RequisitionStatus | null
  mine: boolean
}

/** The requisitions.list query of the list's filters, without paging. */
export const requisitionListQuery = (
  filters: RequisitionFilters,
): Omit<Input<'requisitions.list'>, 'page' | 'pageSize'> => ({
  ...(filters.status ? { status: filters.status } : {}),
  mine: filters.mine,
})
