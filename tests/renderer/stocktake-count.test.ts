import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, defineComponent } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { DialogOptions } from 'naive-ui'
import type { CallResult, DesktopBridge } from '@shared/bridge'
import type { BarcodeMatch, CodeResolution, Item, StocktakeLine, StocktakeView } from '@shared/contract'
import { i18n } from '@/i18n'
import {
  addToCount,
  parseCount,
  resolveScan,
  tallyCounts,
  varianceKind,
  varianceMilli,
  withPostedBook,
} from '@/views/stocktake-sheet/modules/count-logic'
import { useCountSheet, type CountSheet } from '@/views/stocktake-sheet/modules/use-count-sheet'
import { useScanCount } from '@/views/stocktake-sheet/modules/use-scan-count'

// The message and dialog APIs need their providers above them; spies stand in.
const message = { success: vi.fn(), error: vi.fn(), warning: vi.fn(), info: vi.fn() }
let dialogs: DialogOptions[] = []
vi.mock('naive-ui', async (original) => ({
  ...(await original<object>()),
  useMessage: () => message,
  useDialog: () => ({ warning: (options: DialogOptions) => dialogs.push(options) }),
}))

const item = (id: number, fields: Partial<Item>): Item => ({
  id,
  code: `I-${id}`,
  name: `物资${id}`,
  spec: '',
  unit: '个',
  unitDecimals: 0,
  refPriceE4: 0,
  barcodes: [],
  packUnits: [],
  categoryId: null,
  stockLimits: [],
  defaultSupplierId: null,
  defaultLocationId: null,
  notes: '',
  allowNegative: false,
  active: true,
  ...fields,
})

const paper = item(1, { code: 'WZ10001', name: 'A4复印纸', unit: '包' })
const soap = item(2, { code: 'WZ20001', name: '洗衣粉', unit: '千克', unitDecimals: 3 })
const gloves = item(3, { code: 'WZ20003', name: '橡胶手套', unit: '副' })
const retired = item(4, { code: 'WZ90000', name: '旧型号', active: false })

const line = (source: Item, bookMilli: number | null, lineNo: number): StocktakeLine => ({
  lineNo,
  itemId: source.id,
  itemCode: source.code,
  itemName: source.name,
  itemSpec: source.spec,
  unit: source.unit,
  unitDecimals: source.unitDecimals,
  barcode: null,
  locationName: null,
  bookMilli,
  movedSinceSnapshot: false,
  countedMilli: null,
  reason: '',
})

/** Barcodes the fake core knows: a unit barcode and a carton of 12 of the paper, and the gloves (not on the sheet). */
const BARCODES: Record<string, BarcodeMatch> = {
  '6901234567892': { item: paper, barcode: '6901234567892', qtyMilli: 1000, unitName: null },
  '16901234567899': { item: paper, barcode: '16901234567899', qtyMilli: 12_000, unitName: '箱' },
  '6900000000045': { item: gloves, barcode: '6900000000045', qtyMilli: 1000, unitName: null },
  '6900000000052': { item: retired, barcode: '6900000000052', qtyMilli: 1000, unitName: null },
}

/** A fake core holding one draft stocktake; `failSaves` makes stock.stocktakeCount fail like a lost network. */
let sheet: StocktakeView
let failSaves = false
const counts: unknown[] = []

function freshSheet(): StocktakeView {
  return {
    // As the core lists them for a storekeeper on a draft sheet.
    actions: ['count', 'post', 'delete'],
    id: 7,
    docType: 'PD',
    subtype: 'stocktake',
    docNo: null,
    status: 'draft',
    businessDate: '2026-11-26',
    warehouseId: 1,
    warehouseName: '总仓',
    departmentId: null,
    departmentName: null,
    personId: null,
    personName: null,
    supplierId: null,
    supplierName: null,
    toWarehouseId: null,
    toWarehouseName: null,
    sourceId: null,
    sourceNo: null,
    reason: '',
    reversesId: null,
    reversesNo: null,
    reversedById: null,
    reversedByNo: null,
    note: '',
    totalQtyMilli: 0,
    totalFen: 0,
    createdBy: '王建国',
    createdAt: '2026-11-26T02:00:00.000Z',
    postedBy: null,
    postedAt: null,
    blind: false,
    categoryId: null,
    categoryName: null,
    locationId: null,
    locationName: null,
    lines: [line(paper, 40_000, 1), line(soap, 25_500, 2)],
    results: [],
  }
}

function answer(method: string, input: unknown): CallResult {
  if (method === 'items.resolve') {
    // The fake core knows barcodes only; every code is scanned, so no candidates are asked for.
    const match = BARCODES[(input as { code: string }).code]
    const data: CodeResolution = match
      ? { kind: 'barcode', item: match.item, qtyMilli: match.qtyMilli, unitName: match.unitName }
      : { kind: 'none', badCheckDigit: false }
    return { ok: true, data }
  }
  if (method === 'stock.stocktakeGet') return { ok: true, data: structuredClone(sheet) }
  if (method === 'stock.stocktakeCount') {
    if (failSaves) return { ok: false, error: { code: 'INTERNAL', message: { zh: '连接中断', en: 'Connection lost' } } }
    counts.push(input)
    for (const count of (input as { counts: { itemId: number; countedMilli: number | null; reason: string }[] })
      .counts) {
      let found = sheet.lines.find((candidate) => candidate.itemId === count.itemId)
      if (!found) {
        // Not on the sheet: added with a book of 0, as the core does.
        const added = Object.values(BARCODES).find((match) => match.item.id === count.itemId)?.item
        if (!added) throw new Error('unknown item')
        found = line(added, 0, sheet.lines.length + 1)
        sheet.lines.push(found)
      }
      found.countedMilli = count.countedMilli
      found.reason = count.reason
    }
    return { ok: true, data: structuredClone(sheet) }
  }
  throw new Error(`unexpected call ${method}`)
}

beforeAll(() => {
  const bridge: DesktopBridge = {
    call: async (_token, method, input) => answer(method, input),
    print: async () => ({ ok: true }),
  }
  window.waredesk = bridge
})

beforeEach(() => {
  sheet = freshSheet()
  failSaves = false
  counts.length = 0
  dialogs = []
  vi.clearAllMocks()
})
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount() // stops a pending save, so it cannot land in the next test's core
  wrapper = null
  vi.useRealTimers()
})

/** The sheet's state and scanning, wired as the count-sheet page wires them. */
async function openSheet(): Promise<{ state: CountSheet; scan: (code: string) => Promise<void> }> {
  let state: CountSheet | null = null
  let enter: ((code: string) => Promise<void>) | null = null
  wrapper = mount(
    defineComponent({
      setup() {
        const countSheet = useCountSheet((text) => message.error(text))
        const scanner = useScanCount(
          countSheet,
          computed(() => false),
          () => {},
        )
        state = countSheet
        enter = scanner.enter
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!state || !enter) throw new Error('not set up')
  const ready: CountSheet = state
  await ready.load(7)
  return { state: ready, scan: enter }
}

const textOf = (state: CountSheet, itemId: number) => state.rows.value.find((row) => row.line.itemId === itemId)?.text

describe('count rules', () => {
  it('reads a typed count: blank is not counted, 0 is a count, decimals follow the unit', () => {
    expect(parseCount('', 0)).toEqual({ countedMilli: null, problem: null })
    expect(parseCount('0', 0)).toEqual({ countedMilli: 0, problem: null })
    expect(parseCount('25.5', 3)).toEqual({ countedMilli: 25_500, problem: null })
    expect(parseCount('1.5', 0)).toEqual({ countedMilli: null, problem: 'decimals' })
    expect(parseCount('abc', 0)).toEqual({ countedMilli: null, problem: 'format' })
    expect(parseCount('-1', 0)).toEqual({ countedMilli: null, problem: 'negative' })
  })

  it('computes the variance as counted − book, none while uncounted or blind', () => {
    expect(varianceMilli(40_000, 38_000)).toBe(-2_000)
    expect(varianceKind(varianceMilli(40_000, 38_000))).toBe('shortage')
    expect(varianceKind(varianceMilli(0, 1_000))).toBe('surplus')
    expect(varianceKind(varianceMilli(25_500, 25_500))).toBe('even')
    expect(varianceMilli(40_000, null)).toBeNull()
    expect(varianceMilli(null, 5_000)).toBeNull() // blind: the book is hidden
    expect(varianceKind(null)).toBeNull()
  })

  it('accumulates pack quantities from zero', () => {
    expect(addToCount(null, 1_000)).toBe(1_000)
    expect(addToCount(1_000, 12_000)).toBe(13_000)
  })

  it('tells what a scan means on the sheet', () => {
    const lines = [line(paper, 40_000, 1), line(soap, 25_500, 2)]
    expect(resolveScan(BARCODES['16901234567899'], lines)).toEqual({
      kind: 'count',
      itemId: paper.id,
      packMilli: 12_000,
      packName: '箱',
    })
    expect(resolveScan(BARCODES['6900000000045'], lines)).toMatchObject({ kind: 'not-on-sheet' })
    expect(resolveScan(BARCODES['6900000000052'], lines)).toMatchObject({ kind: 'inactive' })
    expect(resolveScan(null, lines)).toEqual({ kind: 'unknown' })
    // A shelf label with the item code counts one unit of that line (the core resolves the code).
    expect(resolveScan({ item: soap, barcode: 'wz20001', qtyMilli: 1_000, unitName: null }, lines)).toEqual({
      kind: 'count',
      itemId: soap.id,
      packMilli: 1_000,
      packName: null,
    })
  })

  it('tallies counted lines, variances and the reasons still missing', () => {
    const tally = tallyCounts([
      { bookMilli: 40_000, countedMilli: 38_000, reason: '' },
      { bookMilli: 0, countedMilli: 1_000, reason: '赠送' },
      { bookMilli: 5_000, countedMilli: 5_000, reason: '' },
      { bookMilli: 5_000, countedMilli: null, reason: '' },
    ])
    expect(tally).toEqual({ lines: 4, counted: 3, uncounted: 1, surplus: 1, shortage: 1, missingReason: 1 })
  })

  it('shows a posted count against the book its posting used, from the 盘盈 / 盘亏 documents', () => {
    const posted = freshSheet()
    posted.status = 'posted'
    posted.lines[0].countedMilli = 36_000 // snapshot book 40, but 1 was issued during the count: book 39 at posting
    posted.lines[1].countedMilli = 25_500
    const shown = withPostedBook(posted, [{ docType: 'CK', lines: [{ itemId: paper.id, qtyMilli: 3_000 }] }])
    expect(shown.lines.map((entry) => entry.bookMilli)).toEqual([39_000, 25_500])
    expect(varianceMilli(shown.lines[0].bookMilli, shown.lines[0].countedMilli)).toBe(-3_000)
  })
})

describe('scan to count', () => {
  it('adds each scan’s pack quantity to the line, starting from 0, and saves the total', async () => {
    const { state, scan } = await openSheet()
    await scan('6901234567892')
    await scan('6901234567892')
    await scan('16901234567899')
    expect(textOf(state, paper.id)).toBe('14')
    expect(state.tally.value).toMatchObject({ counted: 1, uncounted: 1, shortage: 1 })
    expect(message.info).toHaveBeenLastCalledWith(expect.stringContaining('+1 箱（12 包），实盘 14'), expect.anything())
    expect(await state.flush()).toBe(true)
    expect(counts).toEqual([{ id: 7, counts: [{ itemId: paper.id, countedMilli: 14_000, reason: '' }] }])
    expect(state.unsavedCount.value).toBe(0)
  })

  it('adds to a typed count', async () => {
    const { state, scan } = await openSheet()
    state.setText(paper.id, '30')
    await scan('6901234567892')
    expect(textOf(state, paper.id)).toBe('31')
  })

  it('says so for an unknown barcode and changes nothing', async () => {
    const { state, scan } = await openSheet()
    await scan('6900000000007')
    expect(message.error).toHaveBeenCalledWith('条码 6900000000007 未找到对应物资', expect.anything())
    expect(state.states.value.every((row) => row.countedMilli === null && !row.unsaved)).toBe(true)
  })

  it('asks before adding an item that is not on the sheet, then adds it counted', async () => {
    const { state, scan } = await openSheet()
    await scan('6900000000045')
    expect(dialogs).toHaveLength(1)
    expect(String(dialogs[0].content)).toContain('橡胶手套')
    expect(state.rows.value).toHaveLength(2) // nothing added before the answer
    await dialogs[0].onPositiveClick?.(new MouseEvent('click'))
    await flushPromises()
    expect(counts).toEqual([{ id: 7, counts: [{ itemId: gloves.id, countedMilli: 1_000, reason: '' }] }])
    const added = state.states.value.find((row) => row.row.line.itemId === gloves.id)
    expect(added).toMatchObject({ countedMilli: 1_000, unsaved: false })
    expect(added?.row.line.bookMilli).toBe(0)
  })

  it('does not add an inactive item', async () => {
    const { state, scan } = await openSheet()
    await scan('6900000000052')
    expect(dialogs).toHaveLength(0)
    expect(message.error).toHaveBeenCalledWith('物资「旧型号」已停用，不能加入盘点表')
    expect(state.rows.value).toHaveLength(2)
  })
})

describe('saving counts', () => {
  it('keeps every count when a save fails, and saves them on the retry', async () => {
    const { state, scan } = await openSheet()
    failSaves = true
    await scan('6901234567892')
    state.setText(soap.id, '25.5')
    state.setReason(paper.id, '领用未登记')
    expect(await state.flush()).toBe(false)
    expect(message.error).toHaveBeenCalledWith('连接中断')
    expect(state.saveError.value).toBe('连接中断')
    expect(textOf(state, paper.id)).toBe('1')
    expect(textOf(state, soap.id)).toBe('25.5')
    expect(state.unsavedCount.value).toBe(2)

    failSaves = false
    expect(await state.flush()).toBe(true)
    expect(state.saveError.value).toBe('')
    expect(state.unsavedCount.value).toBe(0)
    expect(sheet.lines.map((entry) => [entry.countedMilli, entry.reason])).toEqual([
      [1_000, '领用未登记'],
      [25_500, ''],
    ])
  })

  it('saves a moment after the last change, and not a count that cannot be read', async () => {
    vi.useFakeTimers()
    const { state } = await openSheet()
    state.setText(paper.id, '3')
    state.setText(paper.id, '38')
    state.setText(soap.id, '1.2345')
    expect(counts).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(counts).toEqual([{ id: 7, counts: [{ itemId: paper.id, countedMilli: 38_000, reason: '' }] }])
    expect(state.problemCount.value).toBe(1)
  })
})
