import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { DialogOptions } from 'naive-ui'
import type { CallResult, DesktopBridge } from '@shared/bridge'
import type { BarcodeMatch, CodeResolution, Item, PoLine, PurchaseOrderView } from '@shared/contract'
import { i18n } from '@/i18n'
import {
  acceptedAmountFen,
  addPack,
  inPurchaseUnits,
  postBlock,
  receiveLines,
  receiveTotals,
  resolveScan,
  rowFigures,
  rowsOf,
  type ReceiveRow,
} from '@/views/receiving/modules/receive-logic'
import { useReceivePost } from '@/views/receiving/modules/use-receive-post'
import { useReceiveScan } from '@/views/receiving/modules/use-receive-scan'
import { useReceiving, type Receiving } from '@/views/receiving/modules/use-receiving'

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

const pen = item(1, { code: 'BG2', name: '中性笔', unit: '支' })
const paper = item(2, { code: 'BG1', name: 'A4复印纸', unit: '包' })
const gloves = item(3, { code: 'QJ1', name: '橡胶手套', unit: '副' })

/** Pens ordered as 5 boxes of 12 at 18.00 a box; paper as 10 packs at 23.00. */
const poLine = (source: Item, lineNo: number, fields: Partial<PoLine>): PoLine => ({
  lineNo,
  itemId: source.id,
  itemCode: source.code,
  itemName: source.name,
  itemSpec: source.spec,
  unit: source.unit,
  unitDecimals: source.unitDecimals,
  packName: null,
  packRatioMilli: 1000,
  qtyMilli: 10_000,
  baseQtyMilli: 10_000,
  priceE4: 230_000,
  amountFen: 23_000,
  taxRateBp: null,
  receivedMilli: 0,
  rejectedMilli: 0,
  closedReason: null,
  sources: [],
  ...fields,
})

const penLine = (fields: Partial<PoLine> = {}) =>
  poLine(pen, 1, {
    packName: '盒',
    packRatioMilli: 12_000,
    qtyMilli: 5_000,
    baseQtyMilli: 60_000,
    priceE4: 180_000,
    amountFen: 9_000,
    ...fields,
  })
const paperLine = (fields: Partial<PoLine> = {}) => poLine(paper, 2, fields)

function order(lines: PoLine[] = [penLine(), paperLine()]): PurchaseOrderView {
  return {
    // As the core lists it for the storekeeper who receives.
    actions: ['receive', 'shortClose'],
    id: 5,
    poNo: 'CG20261126-0001',
    status: 'sent',
    revision: 1,
    supplierId: 1,
    supplierName: '晨光文具有限公司',
    warehouseId: 1,
    warehouseName: '总仓',
    expectedDate: '2026-12-01',
    paymentTerms: '',
    deliveryTerms: '',
    note: '',
    totalFen: 32_000,
    createdById: 2,
    createdBy: '采购员',
    createdAt: '2026-11-26T02:00:00.000Z',
    sentAt: null,
    closedReason: null,
    overdue: false,
    approvalsNeeded: 1,
    approvals: [],
    lines,
    receipts: [],
  }
}

const BARCODES: Record<string, BarcodeMatch> = {
  '6901234567892': { item: pen, barcode: '6901234567892', qtyMilli: 1000, unitName: null },
  '16901234567899': { item: pen, barcode: '16901234567899', qtyMilli: 12_000, unitName: '盒' },
  '6900000000045': { item: gloves, barcode: '6900000000045', qtyMilli: 1000, unitName: null },
}

/** The core's answer (items.resolve) for a code that is an item code: one base unit of that item. */
function byCode(code: string): BarcodeMatch | null {
  const found = [pen, paper, gloves].find((candidate) => candidate.code.toLowerCase() === code.toLowerCase())
  return found ? { item: found, barcode: code, qtyMilli: 1000, unitName: null } : null
}

/** items.resolve as the fake core answers it: a barcode, else an item code, else nothing. */
function resolved(code: string): CodeResolution {
  const match = BARCODES[code] ?? byCode(code)
  if (!match) return { kind: 'none', badCheckDigit: false }
  return {
    kind: BARCODES[code] ? 'barcode' : 'code',
    item: match.item,
    qtyMilli: match.qtyMilli,
    unitName: match.unitName,
  }
}

const row = (line: PoLine, accepted = '', rejected = '', reason = ''): ReceiveRow => ({
  line,
  acceptedText: accepted,
  rejectedText: rejected,
  reason,
})

describe('receiving: the count of a line', () => {
  it('adds the pack quantity of a scanned barcode to the line of its item', () => {
    const rows = rowsOf(order())
    expect(resolveScan(BARCODES['16901234567899'], rows, 0)).toEqual({
      kind: 'count',
      lineNo: 1,
      packMilli: 12_000,
      packName: '盒',
    })
    expect(addPack(row(penLine(), '12'), 12_000)).toBe(24_000)
    expect(addPack(row(penLine(), ''), 1000)).toBe(1000)
    // A mistyped count starts again from the pack.
    expect(addPack(row(penLine(), '1x'), 12_000)).toBe(12_000)
    // An item code (shelf label, no barcode) counts one base unit, as the core resolves it.
    expect(resolveScan(byCode('bg1'), rows, 0)).toEqual({ kind: 'count', lineNo: 2, packMilli: 1000, packName: null })
  })

  it('refuses an item that is not on the order, a closed line, and an unknown code', () => {
    const rows = rowsOf(order([penLine(), paperLine({ closedReason: '缺货' })]))
    expect(resolveScan(BARCODES['6900000000045'], rows, 0)).toMatchObject({
      kind: 'not-on-order',
      match: { item: { name: '橡胶手套' } },
    })
    expect(resolveScan(byCode('BG1'), rows, 0)).toMatchObject({ kind: 'closed', line: { lineNo: 2 } })
    expect(resolveScan(byCode('NOPE'), rows, 0)).toEqual({ kind: 'unknown' })
  })

  it('fills the first line of an item still open when the item is on two lines', () => {
    const first = penLine()
    const second = {
      ...penLine({ packName: null, packRatioMilli: 1000, qtyMilli: 6_000, baseQtyMilli: 6_000 }),
      lineNo: 3,
    }
    const rows = [row(first, '60'), row(second)]
    expect(resolveScan(BARCODES['6901234567892'], rows, 0)).toMatchObject({ lineNo: 3 })
  })

  it('works out what remains open, and flags over-receipt within and beyond the tolerance', () => {
    const line = penLine({ receivedMilli: 24_000 }) // 36 of 60 still open
    expect(rowFigures(row(line, '24'), 10)).toMatchObject({
      acceptedMilli: 24_000,
      remainingMilli: 12_000,
      over: 'none',
    })
    expect(rowFigures(row(line, '36'), 10)).toMatchObject({ remainingMilli: 0, over: 'none' })
    // 66 of 60 is within 10%; 67 is not.
    expect(rowFigures(row(line, '42'), 10)).toMatchObject({ remainingMilli: -6_000, over: 'over' })
    expect(rowFigures(row(line, '43'), 10)).toMatchObject({ remainingMilli: -7_000, over: 'beyond' })
    expect(rowFigures(row(line, '37'), 0)).toMatchObject({ over: 'beyond' })
    expect(rowFigures(row(line, '2.5'), 0)).toMatchObject({ acceptedMilli: 0, acceptedProblem: 'decimals' })
    expect(rowFigures(row(line, 'abc'), 0)).toMatchObject({ acceptedProblem: 'format' })
    expect(rowFigures(row(line, '1', '2'), 0)).toMatchObject({ rejectedMilli: 2_000, missingReason: true })
  })

  it('values, totals and blocks the receipt as the core will', () => {
    const rows = [row(penLine(), '24', '2', '笔芯漏墨'), row(paperLine(), '11')]
    expect(acceptedAmountFen(penLine(), 24_000)).toBe(3_600) // 2 boxes at 18.00
    expect(inPurchaseUnits(penLine(), 24_000)).toBe(2_000)
    expect(inPurchaseUnits(penLine(), 5_000)).toBeNull()
    expect(receiveTotals(rows, 0)).toEqual({
      lines: 2,
      acceptedMilli: 35_000,
      rejectedMilli: 2_000,
      amountFen: 3_600 + 25_300,
      overLines: 0,
      beyondLines: 1,
    })
    expect(postBlock(rows, 0, false)).toEqual({ problem: 'beyond', lineNo: 2 })
    expect(postBlock(rows, 0, true)).toBeNull()
    expect(postBlock(rows, 10, false)).toBeNull()
    expect(postBlock([row(penLine(), '1', '1')], 0, false)).toEqual({ problem: 'reason', lineNo: 1 })
    expect(postBlock([row(penLine()), row(paperLine())], 0, false)).toEqual({ problem: 'empty' })
    expect(receiveLines([...rows, row({ ...paperLine(), lineNo: 3 })], 10)).toEqual([
      { lineNo: 1, acceptedMilli: 24_000, rejectedMilli: 2_000, rejectReason: '笔芯漏墨' },
      { lineNo: 2, acceptedMilli: 11_000, rejectedMilli: 0, rejectReason: '' },
    ])
  })
})

/** A fake core with one order; receipts are recorded by request id, as the core's idempotency does. */
let receipts: Map<string, unknown>
function answer(method: string, input: unknown): CallResult {
  switch (method) {
    case 'items.resolve':
      return { ok: true, data: resolved((input as { code: string }).code) }
    case 'orders.findByNo':
      return { ok: true, data: (input as { poNo: string }).poNo === 'CG20261126-0001' ? order() : null }
    case 'purchase.settings':
      return {
        ok: true,
        data: { approvalThresholdFen: 0, secondApprovalThresholdFen: null, overReceiptTolerancePct: 0 },
      }
    case 'orders.receive': {
      const { requestId } = input as { requestId: string }
      receipts.set(requestId, input)
      const received = order([penLine({ receivedMilli: 24_000 }), paperLine()])
      return {
        ok: true,
        data: { order: { ...received, status: 'partial' }, receiptId: 9, receiptNo: 'RK20261126-0001' },
      }
    }
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

let wrapper: VueWrapper | null = null
beforeEach(() => {
  receipts = new Map()
  dialogs = []
  vi.clearAllMocks()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

/** The receiving state, scanning and posting, wired as the page wires them (opening without a prompt). */
interface Screen {
  receiving: Receiving
  scan: ReturnType<typeof useReceiveScan>
  post: () => void
}
async function openScreen(): Promise<Screen> {
  let parts: Screen | null = null
  wrapper = mount(
    defineComponent({
      setup() {
        const receiving = useReceiving(() => false)
        const scan = useReceiveScan(receiving, (next) => receiving.open(next))
        const post = useReceivePost(receiving, { blocked: () => {}, posted: () => {} })
        parts = { receiving, scan, post: post.confirmPost }
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!parts) throw new Error('not set up')
  const ready: Screen = parts
  await ready.receiving.loadSettings()
  return ready
}

const accepted = (receiving: Receiving, lineNo: number) =>
  receiving.rows.value.find((candidate) => candidate.line.lineNo === lineNo)?.acceptedText

describe('receiving: scanning and posting', () => {
  it('opens the order by its number and counts scanned packs on the right line', async () => {
    const { receiving, scan } = await openScreen()
    await scan.enter('16901234567899')
    expect(scan.feedback.value).toMatchObject({ type: 'warning', text: expect.stringContaining('请先扫描采购订单') })
    await scan.enter('CG20261126-0001')
    expect(receiving.order.value?.poNo).toBe('CG20261126-0001')
    await scan.enter('16901234567899')
    await scan.enter('16901234567899')
    await scan.enter('6901234567892')
    expect(accepted(receiving, 1)).toBe('25')
    expect(accepted(receiving, 2)).toBe('')
    expect(scan.feedback.value?.text).toBe('中性笔 +1 支，本次合格 25 支')
    expect(receiving.figures.value[0]).toMatchObject({ remainingMilli: 35_000, over: 'none' })
  })

  it('counts scans that arrive faster than the core answers', async () => {
    const { receiving, scan } = await openScreen()
    await scan.enter('CG20261126-0001')
    await Promise.all([1, 2, 3].map(() => scan.enter('16901234567899')))
    expect(accepted(receiving, 1)).toBe('36')
  })

  it('warns in Chinese about an item that is not on the order and counts nothing', async () => {
    const { receiving, scan } = await openScreen()
    await scan.enter('CG20261126-0001')
    await scan.enter('6900000000045')
    expect(scan.feedback.value).toEqual({
      type: 'warning',
      text: '「橡胶手套」（QJ1）不在采购订单 CG20261126-0001 上，不能按此订单验收。请将该物资单独放置，联系采购员处理。',
    })
    expect(receiving.rows.value.every((candidate) => candidate.acceptedText === '')).toBe(true)
  })

  it('blocks an over-receipt beyond the tolerance before asking', async () => {
    const { receiving, scan, post } = await openScreen()
    await scan.enter('CG20261126-0001')
    receiving.setAccepted(2, '11')
    expect(receiving.figures.value[1]).toMatchObject({ over: 'beyond', remainingMilli: -1_000 })
    post()
    expect(dialogs).toHaveLength(0)
    expect(message.error).toHaveBeenCalledWith(expect.stringContaining('超收超过允许的 0%'))
  })

  it('posts once for a double click on the confirmation, with one request id', async () => {
    const { receiving, scan, post } = await openScreen()
    await scan.enter('CG20261126-0001')
    await scan.enter('16901234567899')
    await scan.enter('16901234567899')
    post()
    post() // a second click on 过账 while the confirmation is open asks nothing more
    expect(dialogs).toHaveLength(1)
    const confirm = dialogs[0].onPositiveClick as () => Promise<boolean>
    const answers = await Promise.all([confirm(), confirm()])
    await flushPromises()
    expect(answers).toEqual([true, false])
    expect([...receipts.keys()]).toHaveLength(1)
    expect([...receipts.values()][0]).toMatchObject({
      id: 5,
      lines: [{ lineNo: 1, acceptedMilli: 24_000, rejectedMilli: 0, rejectReason: '' }],
    })
    expect(receiving.result.value).toEqual({
      poNo: 'CG20261126-0001',
      receiptId: 9,
      receiptNo: 'RK20261126-0001',
      status: 'partial',
    })
    // The order comes back with what it has received, and nothing entered for the next receipt.
    expect(receiving.rows.value[0].line.receivedMilli).toBe(24_000)
    expect(accepted(receiving, 1)).toBe('')
  })
})
