import { h } from 'vue'
import { NTag, type DataTableBaseColumn, type DataTableColumns } from 'naive-ui'
import { RouterLink } from 'vue-router'
import { formatFen, formatPrice, formatQuantity } from '@shared/money'
import { entryTypeKey, reversalKind, type LedgerRow } from '@shared/rules/ledger-rows'
import { documentPath } from './ledger-rows'

type Translate = (key: string, named?: Record<string, unknown>) => string

const num = (text: string) => h('span', { class: 'num' }, text)
const blank = () => ''

/** A figure column: empty where the row has no figure (an issue has nothing under 收入). */
function figure(
  key: string,
  title: string,
  value: (row: LedgerRow) => number | null,
  format: (value: number) => string,
  width = 96,
): DataTableBaseColumn<LedgerRow> {
  return {
    key,
    title,
    width,
    align: 'right',
    render: (row) => {
      const v = value(row)
      return v === null ? blank() : num(format(v))
    },
  }
}

const entryOnly =
  <K extends 'inQty' | 'inValue' | 'outQty' | 'outValue'>(key: K) =>
  (row: LedgerRow): number | null =>
    row.kind === 'entry' ? row[key] : null
const balanceQty = (row: LedgerRow) => (row.kind === 'entry' ? row.runQty : row.qtyMilli)
const balanceValue = (row: LedgerRow) => (row.kind === 'entry' ? row.runValue : row.valueFen)

function typeCell(t: Translate, row: LedgerRow) {
  if (row.kind !== 'entry') return ''
  const kind = reversalKind(row)
  return h('span', { style: 'white-space: nowrap' }, [
    t(`stockLedger.types.${entryTypeKey(row)}`),
    kind
      ? h(NTag, { size: 'tiny', type: 'error', bordered: false, style: 'margin-left: 6px' }, () =>
          t(`stockLedger.${kind}`),
        )
      : null,
  ])
}

/** The 明细账 table: who and what, then 收入 / 发出 / 结存 under group headings, as on a paper ledger. */
export function ledgerColumns(t: Translate): DataTableColumns<LedgerRow> {
  return [
    {
      key: 'businessDate',
      title: t('stockLedger.columns.date'),
      width: 108,
      // 期初结存 / 期末结存 read across the four columns that describe a movement.
      colSpan: (row) => (row.kind === 'entry' ? 1 : 4),
      render: (row) =>
        row.kind === 'entry'
          ? row.businessDate
          : h('strong', t(`stockLedger.${row.kind === 'opening' ? 'opening' : 'closing'}`)),
    },
    {
      key: 'docNo',
      title: t('stockLedger.columns.docNo'),
      width: 146,
      render: (row) =>
        row.kind === 'entry'
          ? h(
              RouterLink,
              {
                to: documentPath(row.docType, row.documentId),
                class: 'code ledger-doc-link',
                'data-testid': 'ledger-doc-link',
              },
              () => row.docNo ?? `#${row.documentId}`,
            )
          : '',
    },
    { key: 'type', title: t('stockLedger.columns.type'), width: 136, render: (row) => typeCell(t, row) },
    {
      key: 'party',
      title: t('stockLedger.columns.party'),
      minWidth: 80,
      ellipsis: { tooltip: true },
      render: (row) => (row.kind === 'entry' ? (row.party ?? '') : ''),
    },
    {
      key: 'in',
      title: t('stockLedger.groups.in'),
      align: 'center',
      children: [
        figure('inQty', t('stockLedger.columns.inQty'), entryOnly('inQty'), formatQuantity, 90),
        figure('inValue', t('stockLedger.columns.inValue'), entryOnly('inValue'), formatFen),
      ],
    },
    {
      key: 'out',
      title: t('stockLedger.groups.out'),
      align: 'center',
      children: [
        figure('outQty', t('stockLedger.columns.outQty'), entryOnly('outQty'), formatQuantity, 90),
        figure('outValue', t('stockLedger.columns.outValue'), entryOnly('outValue'), formatFen),
      ],
    },
    {
      key: 'balance',
      title: t('stockLedger.groups.balance'),
      align: 'center',
      children: [
        figure('balanceQty', t('stockLedger.columns.balanceQty'), balanceQty, formatQuantity, 90),
        figure('average', t('stockLedger.columns.average'), (row) => row.avgPriceE4, formatPrice),
        figure('balanceValue', t('stockLedger.columns.balanceValue'), balanceValue, formatFen, 110),
      ],
    },
  ]
}
