import { h } from 'vue'
import { NButton, NPopconfirm, NSpace, NTag, type DataTableColumns, type DataTableSortOrder } from 'naive-ui'
import type { Input, ItemListRow } from '@shared/contract'
import { formatPrice, formatQuantity } from '@shared/money'
import StatusTag from '@/components/status-tag.vue'

type Translate = (key: string, named?: Record<string, unknown>) => string
export type ItemSort = Required<Pick<Input<'items.list'>, 'sort' | 'order'>>

export interface ItemColumnActions {
  onEdit: (row: ItemListRow) => void
  onDelete: (row: ItemListRow) => void
}

const SHOWN_BARCODES = 1

function barcodeCell(row: ItemListRow) {
  const codes = [...row.barcodes, ...row.packUnits.flatMap((pack) => pack.barcodes)]
  if (codes.length === 0) return h('span', { class: 'muted' }, '—')
  const shown = codes.slice(0, SHOWN_BARCODES).map((code) => h(NTag, { size: 'small', bordered: false }, () => code))
  const more = codes.length - SHOWN_BARCODES
  if (more > 0) shown.push(h(NTag, { size: 'small', bordered: false, type: 'info' }, () => `+${more}`))
  return h(NSpace, { size: 4, wrap: false }, () => shown)
}

function ledgerButton(t: Translate, row: ItemListRow, onLedger: (row: ItemListRow) => void) {
  return h(
    NButton,
    { text: true, type: 'primary', size: 'small', 'data-testid': 'item-ledger', onClick: () => onLedger(row) },
    () => t('items.ledger'),
  )
}

function actionsCell(
  t: Translate,
  row: ItemListRow,
  actions: ItemColumnActions | null,
  onLedger?: (row: ItemListRow) => void,
) {
  const ledger = onLedger ? ledgerButton(t, row, onLedger) : null
  if (!actions) return ledger
  const edit = h(
    NButton,
    { text: true, type: 'primary', size: 'small', 'data-testid': 'item-edit', onClick: () => actions.onEdit(row) },
    () => t('common.edit'),
  )
  // The core refuses an item with history (「只能停用」); that refusal is shown as it comes.
  const remove = h(
    NPopconfirm,
    { onPositiveClick: () => actions.onDelete(row) },
    {
      trigger: () =>
        h(NButton, { text: true, type: 'error', size: 'small', 'data-testid': 'item-delete' }, () => t('items.delete')),
      default: () => t('items.deleteConfirm', { name: row.name }),
    },
  )
  return h(NSpace, { size: 12, wrap: false }, () => [ledger, edit, remove])
}

/**
 * The items table; code, name and on-hand sort in the core, `sort` says which one is current.
 * `actions` (edit, delete) only for those who may change items; `onLedger` (明细账) for anyone.
 */
export function itemColumns(
  t: Translate,
  sort: ItemSort,
  actions: ItemColumnActions | null,
  onLedger?: (row: ItemListRow) => void,
): DataTableColumns<ItemListRow> {
  const sortOrder = (key: ItemSort['sort']): DataTableSortOrder =>
    sort.sort === key ? (sort.order === 'desc' ? 'descend' : 'ascend') : false
  const columns: DataTableColumns<ItemListRow> = [
    {
      key: 'code',
      title: t('items.columns.code'),
      width: 110,
      sorter: true,
      sortOrder: sortOrder('code'),
      render: (row) => h('span', { class: 'code' }, row.code),
    },
    {
      key: 'name',
      title: t('items.columns.name'),
      minWidth: 140,
      ellipsis: { tooltip: true },
      sorter: true,
      sortOrder: sortOrder('name'),
    },
    { key: 'spec', title: t('items.columns.spec'), minWidth: 120, ellipsis: { tooltip: true } },
    {
      key: 'categoryName',
      title: t('items.columns.category'),
      width: 100,
      ellipsis: { tooltip: true },
      render: (row) => row.categoryName || h('span', { class: 'muted' }, '—'),
    },
    { key: 'unit', title: t('items.columns.unit'), width: 60 },
    { key: 'barcodes', title: t('items.columns.barcodes'), width: 160, render: barcodeCell },
    {
      key: 'onHand',
      title: t('items.columns.onHand'),
      width: 130,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('onHand'),
      render: (row) =>
        h('span', { class: 'num' }, [
          row.lowStock
            ? h(
                NTag,
                {
                  size: 'tiny',
                  type: 'warning',
                  bordered: false,
                  style: 'margin-right: 6px',
                  'data-testid': 'item-low-stock',
                },
                () => t('items.lowStock'),
              )
            : null,
          formatQuantity(row.onHandMilli),
        ]),
    },
    {
      key: 'refPrice',
      title: t('items.columns.refPrice'),
      width: 100,
      align: 'right',
      render: (row) => h('span', { class: 'num' }, row.refPriceE4 ? formatPrice(row.refPriceE4) : '—'),
    },
    {
      key: 'status',
      title: t('items.columns.status'),
      width: 70,
      render: (row) => h(StatusTag, { active: row.active }),
    },
  ]
  if (actions || onLedger) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: actions && onLedger ? 150 : 100,
      fixed: 'right',
      render: (row) => actionsCell(t, row, actions, onLedger),
    })
  }
  return columns
}
