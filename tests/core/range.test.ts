/**
 * Range: every amount, total and balance stays an exact JS integer (≤ 2^53 − 1 分). At the limit a call
 * passes; one 分 (or one thousandth) beyond, it is refused with a clear message and nothing is written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { verifyLedger } from '../../electron/core/stock/verify'
import { stockLineInput } from '../../electron/shared/contract/inputs'
import { ApiError } from '../../electron/shared/errors'
import { lineAmountFen, lineAmountOrNull, MAX_SAFE, safeAdd, safeMul, safeSum } from '../../electron/shared/money'
import { count, errorOf, makeApp, setupAdmin, type Client } from './helpers'
import { bounded } from './property'

const MAX = BigInt(MAX_SAFE)
const AMOUNT_WORDS = '金额超出可精确计算的范围（最大 90,071,992,547,409.91 元）'
const QUANTITY_WORDS = '数量超出可精确计算的范围'

// MAX_SAFE × 10^5 = (6361 × 69431 × 10^5) × 20394401: a line of exactly 2^53 − 1 分.
const AT_LIMIT = { qtyMilli: 6361 * 69431 * 100_000, priceE4: 20_394_401 }
// 2^53 × 10^5 = (2^29 × 5^5) × 2^29: a line of exactly 2^53 分, one beyond.
const BEYOND = { qtyMilli: 2 ** 29 * 3125, priceE4: 2 ** 29 }

type App = ReturnType<typeof makeApp>
const written = (app: App) =>
  ['documents', 'document_lines', 'stock_movements', 'request_log', 'purchase_orders'].map((t) => count(app, t))

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await errorOf(call)
  expect(error.code).toBe('BAD_INPUT')
  return error
}

async function setup() {
  const app = makeApp()
  const admin = await setupAdmin(app)
  const item = await admin('items.create', { code: 'JX001', name: '核磁共振仪', unit: 'kg', unitDecimals: 3 })
  const other = await admin('items.create', { code: 'JX002', name: 'CT机', unit: 'kg', unitDecimals: 3 })
  return { app, admin, item, other }
}

const receipt = (lines: { itemId: number; qtyMilli: number; priceE4: number }[]) => ({
  requestId: crypto.randomUUID(),
  docType: 'RK' as const,
  warehouseId: 1,
  businessDate: '2026-11-26',
  lines,
})

const post = async (admin: Client, lines: { itemId: number; qtyMilli: number; priceE4: number }[]) =>
  admin('stock.post', { id: (await admin('stock.createDraft', receipt(lines))).id })

describe('exact range of amounts', () => {
  it('adds and multiplies up to 2^53 − 1 and refuses one beyond, with the reason', () => {
    expect(safeAdd(MAX_SAFE - 1, 1)).toBe(MAX_SAFE)
    expect(safeAdd(-MAX_SAFE + 1, -1)).toBe(-MAX_SAFE)
    expect(() => safeAdd(MAX_SAFE, 1)).toThrow(ApiError)
    expect(safeMul(6361 * 69431, 20_394_401)).toBe(MAX_SAFE)
    expect(() => safeMul(2 ** 26, 2 ** 27)).toThrow(ApiError)
    expect(lineAmountFen(AT_LIMIT.qtyMilli, AT_LIMIT.priceE4)).toBe(MAX_SAFE)
    expect(lineAmountOrNull(BEYOND.qtyMilli, BEYOND.priceE4)).toBeNull()
    try {
      safeSum([MAX_SAFE, 1])
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_INPUT', text: { zh: AMOUNT_WORDS } })
    }
    expect(() => safeAdd(MAX_SAFE, 1, 'quantity')).toThrow(/quantity is beyond/)
  })

  it('takes a line of exactly 2^53 − 1 分 into the ledger, and refuses one 分 more in the balance', async () => {
    const { app, admin, item } = await setup()
    const posted = await post(admin, [{ itemId: item.id, ...AT_LIMIT }])
    expect(posted.totalFen).toBe(MAX_SAFE)
    expect((await admin('stock.onHand', {})).rows[0].valueFen).toBe(MAX_SAFE)
    // A draft of one more 分 is fine on its own; posting it would take the balance beyond the range.
    const more = await admin('stock.createDraft', receipt([{ itemId: item.id, qtyMilli: 1_000, priceE4: 1_000 }]))
    const before = written(app)
    const error = await refusal(admin('stock.post', { id: more.id }))
    expect(error.text.zh).toBe(AMOUNT_WORDS)
    expect(written(app)).toEqual(before)
    expect((await admin('stock.get', { id: more.id })).status).toBe('draft')
    expect(verifyLedger(app.core.db)).toEqual([])
  })

  it('refuses a line one 分 beyond in the input schema, and writes nothing', async () => {
    const { app, admin, item } = await setup()
    const before = written(app)
    const error = await refusal(admin('stock.createDraft', receipt([{ itemId: item.id, ...BEYOND }])))
    expect(error.text.zh).toBe(`输入有误：lines.0.priceE4（${AMOUNT_WORDS}）`)
    expect(written(app)).toEqual(before)
  })

  it('refuses a document and an order whose line sum would pass 2^53 − 1, and writes nothing', async () => {
    const { app, admin, item, other } = await setup()
    const half = { qtyMilli: 10 ** 15, priceE4: 450_360 } // 4,503,600,000,000,000 分 a line; two are too many
    const before = written(app)
    const doc = await refusal(
      admin(
        'stock.createDraft',
        receipt([
          { itemId: item.id, ...half },
          { itemId: other.id, ...half },
        ]),
      ),
    )
    expect(doc.text.zh).toBe(AMOUNT_WORDS)
    const supplier = await admin('suppliers.create', { code: 'S01', name: '医疗设备有限公司' })
    const order = await refusal(
      admin('orders.create', {
        requestId: crypto.randomUUID(),
        supplierId: supplier.id,
        warehouseId: 1,
        lines: [
          { itemId: item.id, ...half },
          { itemId: other.id, ...half },
        ],
      }),
    )
    expect(order.text.zh).toBe(AMOUNT_WORDS)
    expect(written(app)).toEqual(before)
    // One line of them is fine.
    expect((await admin('stock.createDraft', receipt([{ itemId: item.id, ...half }]))).totalFen).toBe(
      4_503_600_000_000_000,
    )
  })

  it('refuses a quantity balance beyond 2^53 − 1 thousandths', async () => {
    const { app, admin, item } = await setup()
    const big = { itemId: item.id, qtyMilli: 10 ** 15, priceE4: 0 }
    await post(
      admin,
      Array.from({ length: 9 }, () => big),
    ) // 9 × 10^15 ≤ 2^53 − 1
    const draft = await admin('stock.createDraft', receipt([big]))
    const before = written(app)
    expect((await refusal(admin('stock.post', { id: draft.id }))).text.zh).toContain(QUANTITY_WORDS)
    expect(written(app)).toEqual(before)
    expect(
      (await refusal(admin('stock.createDraft', receipt(Array.from({ length: 10 }, () => big))))).text.zh,
    ).toContain(QUANTITY_WORDS)
    expect(verifyLedger(app.core.db)).toEqual([])
  })

  it('property: a document is taken exactly when every line and the sum fit, else refused with nothing written', async () => {
    const { app, admin, item } = await setup()
    const seen = { taken: 0, refused: 0, bySum: 0 }
    // Lines of up to 10^16 分 (a few beyond 2^53 − 1 alone): one or two usually fit, three or four usually not.
    const line = fc.record({
      qtyMilli: fc.noBias(fc.integer({ min: 1, max: 10 ** 15 })),
      priceE4: fc.noBias(fc.integer({ min: 0, max: 10 ** 6 })),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
        const amounts = lines.map((l) => {
          const product = BigInt(l.qtyMilli) * BigInt(l.priceE4)
          return product / 100_000n + ((product % 100_000n) * 2n >= 100_000n ? 1n : 0n)
        })
        const total = amounts.reduce((a, b) => a + b, 0n)
        const quantity = lines.reduce((a, l) => a + BigInt(l.qtyMilli), 0n)
        const fits = amounts.every((a) => a <= MAX) && total <= MAX && quantity <= MAX
        expect(stockLineInput.safeParse({ itemId: item.id, ...lines[0] }).success).toBe(amounts[0] <= MAX)
        const before = written(app)
        const result = await admin('stock.createDraft', receipt(lines.map((l) => ({ itemId: item.id, ...l })))).then(
          (doc) => doc,
          (error: unknown) => error,
        )
        seen[fits ? 'taken' : 'refused']++
        if (!fits && amounts.every((a) => a <= MAX) && quantity <= MAX) seen.bySum++
        if (fits) expect(result).toMatchObject({ totalFen: Number(total) })
        else {
          expect(result).toMatchObject({ code: 'BAD_INPUT' })
          expect((result as ApiError).text.zh).toContain('超出可精确计算的范围')
          expect(written(app)).toEqual(before)
        }
      }),
      bounded(60),
    )
    expect(seen.taken).toBeGreaterThan(5)
    expect(seen.refused).toBeGreaterThan(5)
    expect(seen.bySum).toBeGreaterThan(0) // refused only for the sum of amounts
  }, 120_000)
})
