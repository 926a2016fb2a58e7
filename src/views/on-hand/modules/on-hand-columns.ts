import { h } from 'vue'
import { NButton, NTag, type DataTableColumns } from 'naive-ui'
import type { OnHandRow } from '@shared/contract'
import { formatFen, formatPrice, formatQuantity } from '@shared/money'
import { averagePriceE4 } from '@shared/money'

type Translate = (key: string, named?: Record<string, unknown>) => string

const num = (text: string) => h('span', { class: 'num' }, text)
const dash = () => h('span', { class: 'muted' }, '—')

/** 下限 / 上限 as one cell: "5 / 50", "5 / —", or a dash when the item has no limits here. */
export function limitsText(row: Pick<OnHandRow, 'minMilli' | 'maxMilli'>): string | null {
  if (row.minMilli === 0 && row.maxMilli === null) return null
  return `${formatQuantity(row.minMilli)} / ${row.maxMilli === null ? '—' : formatQuantity(row.maxMilli)}`
}

/** The on-hand table; `onLedger` opens the 明细账 of a row's item in its warehouse. */
export function onHandColumns(t: Translate, onLedger: (row: OnHandRow) => void): DataTableColumns<OnHandRow> {
  return [
    {
      key: 'itemCode',
      title: t('onHand.columns.code'),
      width: 100,
      render: (row) => h('span', { class: 'code' }, row.itemCode),
    },
    { key: 'itemName', title: t('onHand.columns.name'), minWidth: 110, ellipsis: { tooltip: true } },
    { key: 'itemSpec', title: t('onHand.columns.spec'), width: 100, ellipsis: { tooltip: true } },
    {
      key: 'categoryName',
      title: t('onHand.columns.category'),
      width: 84,
      ellipsis: { tooltip: true },
      render: (row) => row.categoryName || dash(),
    },
    {
      key: 'locationName',
      title: t('onHand.columns.location'),
      width: 84,
      ellipsis: { tooltip: true },
      render: (row) => row.locationName || dash(),
    },
    { key: 'warehouseName', title: t('onHand.columns.warehouse'), width: 96, ellipsis: { tooltip: true } },
    {
      key: 'qty',
      title: t('onHand.columns.quantity'),
      width: 90,
      align: 'right',
      render: (row) => h('span', { class: ['num', row.low ? 'onhand-low-qty' : null] }, formatQuantity(row.qtyMilli)),
    },
    { key: 'unit', title: t('onHand.columns.unit'), width: 50 },
    {
      key: 'average',
      title: t('onHand.columns.average'),
      width: 96,
      align: 'right',
      render: (row) => {
        const average = averagePriceE4(row.valueFen, row.qtyMilli)
        return average === null ? dash() : num(formatPrice(average))
      },
    },
    {
      key: 'value',
      title: t('onHand.columns.value'),
      width: 110,
      align: 'right',
      render: (row) => num(formatFen(row.valueFen)),
    },
    {
      key: 'limits',
      title: t('onHand.columns.limits'),
      width: 132,
      align: 'right',
      // The 低于下限 mark sits beside the limit it breaks; the quantity cell stays a bare number.
      render: (row) => {
        const text = limitsText(row)
        return h('span', { class: 'num' }, [
          row.low
            ? h(
                NTag,
                {
                  size: 'tiny',
                  type: 'error',
                  bordered: false,
                  style: 'margin-right: 6px',
                  'data-testid': 'onhand-low',
                },
                () => t('onHand.low'),
              )
            : null,
          text ?? dash(),
        ])
      },
    },
    {
      key: 'actions',
      title: t('onHand.columns.actions'),
      width: 76,
      fixed: 'right',
      render: (row) =>
        h(
          NButton,
          {
            text: true,
            type: 'primary',
            size: 'small',
            'data-testid': 'onhand-row-ledger',
            // The row itself opens the ledger too; one click must not navigate twice.
            onClick: (event: MouseEvent) => {
              event.stopPropagation()
              onLedger(row)
            },
          },
          () => t('onHand.ledger'),
        ),
    },
  ]
}
