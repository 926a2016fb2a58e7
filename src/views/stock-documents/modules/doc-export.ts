import type { Input, StockDocumentSummary } from '@shared/contract'
import type { DocKind } from '@/utils/doc-kinds'
import { localDate } from '@/utils/date'
import { fenCell, quantityCell } from '@/utils/stock-figures'
import { amountFen, partyText, signedQtyMilli } from './doc-columns'

type Translate = (key: string) => string

/**
 * The .xlsx of a document list as it is filtered: the columns the list shows, as text, with 红冲 rows
 * negative and marked, so the sheet adds up like the ledger.
 */
export function documentExportTable(
  t: Translate,
  kind: DocKind,
  rows: readonly StockDocumentSummary[],
): Input<'files.exportTable'> {
  const transfer = kind.docType === 'DB'
  const headers = [
    t('stockIn.columns.docNo'),
    t('stockIn.columns.businessDate'),
    ...(transfer ? [] : [t('docs.columns.subtype')]),
    t(`docs.kinds.${kind.docType}.warehouse`),
    transfer ? t('docs.columns.toWarehouse') : t('docs.columns.party'),
    t('stockIn.columns.totalQty'),
    t('stockIn.columns.totalAmount'),
    t('stockIn.columns.status'),
    t('docs.tags.reversal'),
    t('stockIn.columns.createdBy'),
    t('stockIn.columns.postedBy'),
    t('docs.columns.reason'),
    t('stockIn.columns.note'),
  ]
  const reversalMark = (row: StockDocumentSummary): string => {
    if (row.reversesId) return `${t('docs.tags.reversal')} ${row.reversesNo ?? ''}`.trim()
    if (row.reversedById) return `${t('docs.tags.reversed')} ${row.reversedByNo ?? ''}`.trim()
    return ''
  }
  const body = rows.map((row) => {
    const fen = amountFen(kind, row)
    return [
      row.docNo ?? t('stockIn.draftNo'),
      row.businessDate,
      ...(transfer ? [] : [t(`docs.subtypes.${row.subtype}`)]),
      row.warehouseName,
      transfer ? (row.toWarehouseName ?? '') : partyText(row),
      quantityCell(signedQtyMilli(row)),
      fen === null ? '' : fenCell(fen),
      t(`stockIn.status.${row.status}`),
      reversalMark(row),
      row.createdBy,
      row.postedBy ?? '',
      row.reason,
      row.note,
    ]
  })
  const name = t(`docs.kinds.${kind.docType}.exportName`)
  return { fileName: `${name}-${localDate()}`, sheetName: name, headers, rows: body }
}
