import { describe, expect, it } from 'vitest'
import type { ItemLedger, LedgerEntry, OnHandRow } from '@shared/contract'
import { entryTypeKey, ledgerRows, reversalKind, splitEntry } from '@shared/rules/ledger-rows'
import { quantityCell, sumFen } from '@/utils/stock-figures'
import { limitsText } from '@/views/on-hand/modules/on-hand-columns'
import { filtersFromQuery, onHandQuery, type OnHandFilters } from '@/views/on-hand/modules/on-hand-filters'
import { documentPath, rangeFromQuery } from '@/views/stock-ledger/modules/ledger-rows'

describe('spreadsheet figures', () => {
  it('writes spreadsheet cells as plain exact decimals and sums 分 as integers', () => {
    expect(quantityCell(1_234_500)).toBe('1234.5')
    expect(sumFen([10, 20, 1])).toBe(31)
  })
})

const entry = (fields: Partial<LedgerEntry>): LedgerEntry => ({
  movementId: 1,
  businessDate: '2026-03-01',
  documentId: 7,
  docNo: 'RK20260301-0001',
  docType: 'RK',
  subtype: 'other',
  party: null,
  reversal: false,
  qtyDelta: 10_000,
  valueFen: 2500,
  runQty: 10_000,
  runValue: 2500,
  avgPriceE4: 2500,
  ...fields,
})

describe('ledger in/out split', () => {
  it('puts a receipt under 收入 and an issue under 发出, both as positive figures', () => {
    expect(splitEntry(entry({}))).toEqual({ inQty: 10_000, inValue: 2500, outQty: null, outValue: null })
    expect(splitEntry(entry({ docType: 'CK', subtype: 'issue', qtyDelta: -4000, valueFen: -1000 }))).toEqual({
      inQty: null,
      inValue: null,
      outQty: 4000,
      outValue: 1000,
    })
  })

  it('shows a 红冲 as a negative figure in the column of the entry it cancels', () => {
    const reversedReceipt = splitEntry(entry({ reversal: true, qtyDelta: -10_000, valueFen: -2500 }))
    expect(reversedReceipt).toEqual({ inQty: -10_000, inValue: -2500, outQty: null, outValue: null })
    const reversedIssue = splitEntry(entry({ docType: 'CK', reversal: true, qtyDelta: 4000, valueFen: 1000 }))
    expect(reversedIssue).toEqual({ inQty: null, inValue: null, outQty: -4000, outValue: -1000 })
  })

  it('sides a transfer by the direction it moved this warehouse', () => {
    expect(splitEntry(entry({ docType: 'DB', qtyDelta: -3000, valueFen: -750 })).outQty).toBe(3000)
    expect(splitEntry(entry({ docType: 'DB', qtyDelta: 3000, valueFen: 750 })).inQty).toBe(3000)
  })

  it('labels the type, the transfer direction and which half of a 红冲 pair a row is', () => {
    expect(entryTypeKey(entry({ subtype: 'opening' }))).toBe('opening')
    expect(entryTypeKey(entry({ docType: 'DB', subtype: 'transfer', qtyDelta: -1 }))).toBe('transferOut')
    expect(entryTypeKey(entry({ docType: 'DB', subtype: 'transfer', qtyDelta: 1 }))).toBe('transferIn')
    expect(reversalKind(entry({}))).toBeNull()
    expect(reversalKind(entry({ reversal: true }))).toBe('reversed')
    expect(reversalKind(entry({ reversal: true, qtyDelta: -10_000 }))).toBe('reversal')
    expect(reversalKind(entry({ docType: 'CK', reversal: true, qtyDelta: 4000 }))).toBe('reversal')
    expect(reversalKind(entry({ docType: 'CK', reversal: true, qtyDelta: -4000 }))).toBe('reversed')
  })

  it('links each document number to the screen of its type', () => {
    expect(documentPath('RK', 7)).toBe('/stock-in/7')
    expect(documentPath('CK', 8)).toBe('/stock-out/8')
    expect(documentPath('DB', 9)).toBe('/transfers/9')
    expect(documentPath('PD', 10)).toBe('/stocktakes/10')
  })
})

describe('ledger pages', () => {
  const ledger = (fields: Partial<ItemLedger>): ItemLedger => ({
    itemId: 1,
    warehouseId: 1,
    opening: { qtyMilli: 3000, valueFen: 100 },
    rows: [],
    total: 0,
    page: 1,
    pageSize: 2,
    ...fields,
  })
  const receipt = entry({ movementId: 1, runQty: 13_000, runValue: 2600, avgPriceE4: 2000 })
  const issue = entry({ movementId: 2, docType: 'CK', qtyDelta: -3000, valueFen: -600, runQty: 10_000, runValue: 2000 })
  const kinds = (rows: ReturnType<typeof ledgerRows>) => rows.map((row) => row.kind)

  it('brings the opening balance forward and carries the last running balance to the close', () => {
    const rows = ledgerRows(ledger({ rows: [receipt, issue], total: 2 }))
    expect(kinds(rows)).toEqual(['opening', 'entry', 'entry', 'closing'])
    expect(rows[0]).toMatchObject({ qtyMilli: 3000, valueFen: 100, avgPriceE4: 3333 })
    expect(rows[3]).toMatchObject({ qtyMilli: 10_000, valueFen: 2000, avgPriceE4: 2500 })
  })

  it('shows the opening on the first page only and the closing on the last page only', () => {
    expect(kinds(ledgerRows(ledger({ rows: [receipt, issue], total: 3 })))).toEqual(['opening', 'entry', 'entry'])
    expect(kinds(ledgerRows(ledger({ rows: [issue], total: 3, page: 2 })))).toEqual(['entry', 'closing'])
  })

  it('closes at the opening when nothing moved in the range', () => {
    const rows = ledgerRows(ledger({}))
    expect(kinds(rows)).toEqual(['opening', 'closing'])
    expect(rows[1]).toMatchObject({ qtyMilli: 3000, valueFen: 100 })
  })

  it('starts on 1 January of the year and honours dates from the address', () => {
    expect(rangeFromQuery({}, '2026-11-26')).toEqual(['2026-01-01', '2026-11-26'])
    expect(rangeFromQuery({ to: '2025-06-30' }, '2026-11-26')).toEqual(['2025-01-01', '2025-06-30'])
    expect(rangeFromQuery({ from: '2026-03-01', to: '2026-04-01' }, '2026-11-26')).toEqual(['2026-03-01', '2026-04-01'])
    // A start after the end, or no date at all, falls back to the default start.
    expect(rangeFromQuery({ from: '2026-05-01', to: '2026-04-01' }, '2026-11-26')[0]).toBe('2026-01-01')
    expect(rangeFromQuery({ from: 'yesterday' }, '2026-11-26')[0]).toBe('2026-01-01')
  })
})

describe('on-hand filters', () => {
  const today = '2026-11-26'
  const filters = (fields: Partial<OnHandFilters>): OnHandFilters => ({
    ...filtersFromQuery({}, today),
    ...fields,
  })

  it('opens as the low-stock list from ?lowOnly=1, with an optional warehouse', () => {
    expect(filtersFromQuery({ lowOnly: '1', warehouseId: '3' }, today)).toMatchObject({ lowOnly: true, warehouseId: 3 })
    expect(filtersFromQuery({ warehouseId: 'x' }, today)).toMatchObject({ lowOnly: false, warehouseId: null })
  })

  it('asks for the current balance for today and the end-of-day balance for a past date', () => {
    expect(onHandQuery(filters({}), today).asOf).toBeUndefined()
    expect(onHandQuery(filters({ asOf: null }), today).asOf).toBeUndefined()
    expect(onHandQuery(filters({ asOf: '2026-10-31' }), today).asOf).toBe('2026-10-31')
  })

  it('sends a location only with its warehouse, and trims the search', () => {
    expect(onHandQuery(filters({ locationId: 5 }), today).locationId).toBeUndefined()
    const query = onHandQuery(filters({ warehouseId: 2, locationId: 5, categoryId: 4, search: ' 纸 ' }), today)
    expect(query).toEqual({ search: '纸', lowOnly: false, warehouseId: 2, locationId: 5, categoryId: 4 })
  })
})

describe('on-hand rows', () => {
  const row: OnHandRow = {
    itemId: 1,
    itemCode: 'WZ001',
    itemName: 'A4 复印纸',
    itemSpec: '70g',
    unit: '包',
    unitDecimals: 0,
    categoryName: '纸张',
    locationName: null,
    warehouseId: 1,
    warehouseName: '总仓',
    qtyMilli: 3000,
    valueFen: 7050,
    minMilli: 5000,
    maxMilli: null,
    low: true,
  }

  it('shows limits as 下限 / 上限, with a dash for a missing maximum and nothing when none is set', () => {
    expect(limitsText(row)).toBe('5 / —')
    expect(limitsText({ minMilli: 5000, maxMilli: 50_000 })).toBe('5 / 50')
    expect(limitsText({ minMilli: 0, maxMilli: null })).toBeNull()
  })
})
