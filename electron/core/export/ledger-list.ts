/** 明细账: one item's movements in one warehouse, between 期初结存 and 期末结存, as the ledger screen shows them. */
import {
  closingBalance,
  entryTypeKey,
  LEDGER_TYPE_NAMES,
  openingBalance,
  reversalKind,
  splitEntry,
  type LedgerBalance,
} from '../../shared/rules/ledger-rows'
import type { Db } from '../db/open'
import type { ExportCell } from './sheet-writer'
import { defineExport } from './spec'

const REVERSAL = { reversal: '红冲', reversed: '已红冲' } as const

/** A balance row: its name across the columns that describe a movement, then 结存. */
const balanceCells = (name: string, balance: LedgerBalance): ExportCell[] => [
  name,
  '',
  '',
  '',
  null,
  null,
  null,
  null,
  balance.qtyMilli,
  balance.avgPriceE4,
  balance.valueFen,
]

function itemCode(db: Db, itemId: number): string {
  const row = db.prepare('SELECT code FROM items WHERE id = ?').get(itemId) as { code: string } | undefined
  return row?.code ?? `#${itemId}`
}
function warehouseName(db: Db, warehouseId: number): string {
  const row = db.prepare('SELECT name FROM warehouses WHERE id = ?').get(warehouseId) as { name: string } | undefined
  return row?.name ?? `#${warehouseId}`
}

export const itemLedgerExport = defineExport({
  method: 'stock.itemLedger',
  name: () => '明细账',
  /** 明细账-<code>-<warehouse>-<from>~<to>, as the screen names it; without dates, the whole ledger. */
  fileName: ({ itemId, warehouseId, dateFrom, dateTo }, db) => {
    const range = dateFrom || dateTo ? [`${dateFrom ?? ''}~${dateTo ?? ''}`] : []
    return ['明细账', itemCode(db, itemId), warehouseName(db, warehouseId), ...range].join('-')
  },
  columns: () => [
    { header: '日期', width: 12 },
    { header: '单号', kind: 'text', width: 18 },
    { header: '业务类型', width: 16 },
    { header: '往来单位', width: 20 },
    { header: '收入数量', kind: 'qty' },
    { header: '收入金额', kind: 'fen' },
    { header: '发出数量', kind: 'qty' },
    { header: '发出金额', kind: 'fen' },
    { header: '结存数量', kind: 'qty' },
    { header: '平均单价', kind: 'price' },
    { header: '结存金额', kind: 'fen' },
  ],
  head: (page) => balanceCells('期初结存', openingBalance(page.opening)),
  cells: (entry) => {
    const split = splitEntry(entry)
    const reversal = reversalKind(entry)
    return [
      entry.businessDate,
      entry.docNo ?? '',
      LEDGER_TYPE_NAMES[entryTypeKey(entry)] + (reversal ? `（${REVERSAL[reversal]}）` : ''),
      entry.party ?? '',
      split.inQty,
      split.inValue,
      split.outQty,
      split.outValue,
      entry.runQty,
      entry.avgPriceE4,
      entry.runValue,
    ]
  },
  foot: (page, last) => balanceCells('期末结存', closingBalance(page.opening, last)),
})
