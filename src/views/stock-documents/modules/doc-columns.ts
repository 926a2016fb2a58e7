import { h } from 'vue'
import { NButton, NTag, type DataTableColumns } from 'naive-ui'
import type { StockDocumentSummary } from '@shared/contract'
import { formatFen, formatQuantity } from '@shared/money'
import DocStatusTag from '@/components/doc-status-tag.vue'
import { DOC_KINDS, type DocKind } from '@/utils/doc-kinds'

type Translate = (key: string) => string
type Column = DataTableColumns<StockDocumentSummary>[number]

/**
 * A 红冲 document shows its quantity negative (the core sends its amount negative already); an issue or
 * a transfer has no amount until the ledger has valued its posting.
 */
export function signedQtyMilli(row: StockDocumentSummary): number {
  return row.reversesId ? -row.totalQtyMilli : row.totalQtyMilli
}
export function amountFen(kind: DocKind, row: StockDocumentSummary): number | null {
  return kind.priced || row.status === 'posted' ? row.totalFen : null
}

/** Department (and person) or supplier: whom the goods came from or went to. */
export function partyText(row: StockDocumentSummary): string {
  if (row.departmentName) return row.personName ? `${row.departmentName} · ${row.personName}` : row.departmentName
  return row.supplierName ?? ''
}

const num = (text: string, negative: boolean) => h('span', { class: negative ? 'num doc-negative' : 'num' }, text)

function docNoCell(t: Translate, row: StockDocumentSummary, openDocument?: (id: number) => void) {
  if (!row.docNo) return h('span', { class: 'muted' }, t('stockIn.draftNo'))
  const parts = [
    h('span', { class: row.reversesId ? 'code doc-negative' : 'code', 'data-testid': 'doc-row-no' }, row.docNo),
  ]
  if (row.reversesId) {
    parts.push(
      h(NTag, { size: 'small', type: 'error', bordered: false, 'data-testid': 'doc-row-reversal' }, () =>
        t('docs.tags.reversal'),
      ),
    )
  }
  if (row.reversedById !== null) {
    const reversal = row.reversedById
    // The tag opens the reversal; the click must not also open this row.
    const tag = h(NTag, { size: 'small', bordered: false, 'data-testid': 'doc-row-reversed' }, () =>
      t('docs.tags.reversed'),
    )
    parts.push(
      openDocument
        ? h(
            NButton,
            {
              text: true,
              title: row.reversedByNo ?? '',
              onClick: (event: MouseEvent) => {
                event.stopPropagation()
                openDocument(reversal)
              },
            },
            () => tag,
          )
        : tag,
    )
  }
  return h('span', { class: 'doc-no-cell' }, parts)
}

/** The columns of a document list; `openDocument` makes the 已红冲 tag a link to the reversal. */
export function documentColumns(
  t: Translate,
  kind: DocKind,
  openDocument?: (id: number) => void,
): DataTableColumns<StockDocumentSummary> {
  const transfer = kind.docType === 'DB'
  const columns: (Column | false)[] = [
    {
      key: 'docNo',
      title: t('stockIn.columns.docNo'),
      width: 230,
      render: (row) => docNoCell(t, row, openDocument),
    },
    { key: 'businessDate', title: t('stockIn.columns.businessDate'), width: 110 },
    !transfer && {
      key: 'subtype',
      title: t('docs.columns.subtype'),
      width: 90,
      render: (row) => t(`docs.subtypes.${row.subtype}`),
    },
    {
      key: 'warehouseName',
      title: t(`docs.kinds.${kind.docType}.warehouse`),
      width: 120,
      ellipsis: { tooltip: true },
    },
    transfer && {
      key: 'toWarehouseName',
      title: t('docs.columns.toWarehouse'),
      width: 120,
      ellipsis: { tooltip: true },
      render: (row) => row.toWarehouseName ?? '',
    },
    !transfer && {
      key: 'party',
      title: t('docs.columns.party'),
      width: 160,
      ellipsis: { tooltip: true },
      render: (row) => partyText(row),
    },
    {
      key: 'totalQty',
      title: t('stockIn.columns.totalQty'),
      width: 110,
      align: 'right',
      render: (row) => num(formatQuantity(signedQtyMilli(row)), row.reversesId !== null),
    },
    {
      key: 'totalAmount',
      title: t('stockIn.columns.totalAmount'),
      width: 130,
      align: 'right',
      render: (row) => {
        const fen = amountFen(kind, row)
        return num(fen === null ? '—' : formatFen(fen), row.reversesId !== null)
      },
    },
    {
      key: 'status',
      title: t('stockIn.columns.status'),
      width: 90,
      render: (row) => h(DocStatusTag, { status: row.status }),
    },
    { key: 'createdBy', title: t('stockIn.columns.createdBy'), width: 100 },
    { key: 'postedBy', title: t('stockIn.columns.postedBy'), width: 100, render: (row) => row.postedBy ?? '' },
    {
      key: 'note',
      title: t('stockIn.columns.note'),
      minWidth: 160,
      ellipsis: { tooltip: true },
      render: (row) => [row.reason, row.note].filter(Boolean).join('；'),
    },
  ]
  return columns.filter((column): column is Column => column !== false)
}

/** The stock-in columns, as the home page's recent list shows them. */
export const stockInColumns = (t: Translate): DataTableColumns<StockDocumentSummary> => documentColumns(t, DOC_KINDS.RK)
