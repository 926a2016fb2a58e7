import { h } from 'vue'
import { NButton, NSpace, NTag, type DataTableColumns } from 'naive-ui'
import type { ItemListRow } from '@shared/contract'
import { formatPrice, formatQuantity } from '@shared/money'
import StatusTag from '@/components/status-tag.vue'

type Translate = (key: string) => string

const SHOWN_BARCODES = 2

function barcodeCell(row: ItemListRow) {
  if (row.barcodes.length === 0) return h('span', { class: 'muted' }, '—')
  const shown = row.barcodes
    .slice(0, SHOWN_BARCODES)
    .map((code) => h(NTag, { size: 'small', bordered: false }, () => code))
  const more = row.barcodes.length - SHOWN_BARCODES
  if (more > 0) shown.push(h(NTag, { size: 'small', bordered: false, type: 'info' }, () => `+${more}`))
  return h(NSpace, { size: 4, wrap: false }, () => shown)
}

export function itemColumns(t: Translate, onEdit: ((row: ItemListRow) => void) | null): DataTableColumns<ItemListRow> {
  const columns: DataTableColumns<ItemListRow> = [
    {
      key: 'code',
      title: t('items.columns.code'),
      width: 130,
      render: (row) => h('span', { class: 'code' }, row.code),
    },
    { key: 'name', title: t('items.columns.name'), minWidth: 160, ellipsis: { tooltip: true } },
    { key: 'spec', title: t('items.columns.spec'), minWidth: 140, ellipsis: { tooltip: true } },
    { key: 'unit', title: t('items.columns.unit'), width: 70 },
    { key: 'barcodes', title: t('items.columns.barcodes'), width: 220, render: barcodeCell },
    {
      key: 'onHand',
      title: t('items.columns.onHand'),
      width: 120,
      align: 'right',
      render: (row) =>
        h('span', { class: 'num' }, [
          row.lowStock
            ? h(NTag, { size: 'tiny', type: 'warning', bordered: false, style: 'margin-right: 6px' }, () =>
                t('items.lowStock'),
              )
            : null,
          formatQuantity(row.onHandMilli),
        ]),
    },
    {
      key: 'refPrice',
      title: t('items.columns.refPrice'),
      width: 110,
      align: 'right',
      render: (row) => h('span', { class: 'num' }, row.refPriceE4 ? formatPrice(row.refPriceE4) : '—'),
    },
    {
      key: 'status',
      title: t('items.columns.status'),
      width: 80,
      render: (row) => h(StatusTag, { active: row.active }),
    },
  ]
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (row) =>
        h(
          NButton,
          { text: true, type: 'primary', size: 'small', 'data-testid': 'item-edit', onClick: () => onEdit(row) },
          () => t('common.edit'),
        ),
    })
  }
  return columns
}
