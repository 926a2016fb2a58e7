import { describe, expect, it } from 'vitest'
import { verifyLedger } from '../../electron/core/stock/verify'
import type { Client } from './helpers'
import { makeApp, setupAdmin } from './helpers'

const today = '2026-11-26'
type Line = { itemId: number; qtyMilli: number; priceE4?: number }
const doc = (docType: 'RK' | 'CK' | 'DB', lines: Line[], extra: Record<string, unknown> = {}) => ({
  requestId: crypto.randomUUID(),
  docType,
  warehouseId: 1,
  businessDate: today,
  lines,
  ...extra,
})

async function setup(admin: Client) {
  const paper = await admin('items.create', { code: 'BG1', name: 'A4复印纸', unit: '包' })
  const annex = await admin('warehouses.create', { code: 'WH2', name: '东校区仓库' })
  const post = async (input: ReturnType<typeof doc>) =>
    admin('stock.post', { id: (await admin('stock.createDraft', input)).id })
  return { paper, annex, post }
}

const balance = (app: ReturnType<typeof makeApp>, itemId: number, warehouseId: number) =>
  app.core.db
    .prepare('SELECT qty_milli AS qty, value_fen AS value FROM stock_balances WHERE item_id = ? AND warehouse_id = ?')
    .get(itemId, warehouseId)

describe('transfer (调拨单)', () => {
  it('moves quantity and value at the sending average; the receiver takes exactly what was sent', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, annex, post } = await setup(admin)
    await post(doc('RK', [{ itemId: paper.id, qtyMilli: 3_000, priceE4: 100_000 }])) // 3 × 10.00
    await post(doc('RK', [{ itemId: paper.id, qtyMilli: 3_000, priceE4: 100_001 }])) // 3 × 10.0001 → 30.00
    const sent = await post(doc('DB', [{ itemId: paper.id, qtyMilli: 1_000 }], { toWarehouseId: annex.id }))
    expect(sent).toMatchObject({ docNo: 'DB20261126-0001', toWarehouseName: '东校区仓库', totalFen: 1_000 })
    expect(balance(app, paper.id, 1)).toEqual({ qty: 5_000, value: 5_000 })
    expect(balance(app, paper.id, annex.id)).toEqual({ qty: 1_000, value: 1_000 })
    const list = await admin('stock.list', { warehouseId: annex.id })
    expect(list.rows.map((r) => r.docNo)).toEqual(['DB20261126-0001'])
    expect(verifyLedger(app.core.db)).toEqual([])
  })

  it('refuses the same warehouse on both sides, a missing receiver, and more than is on hand', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, annex, post } = await setup(admin)
    await expect(admin('stock.createDraft', doc('DB', [{ itemId: paper.id, qtyMilli: 1_000 }]))).rejects.toMatchObject({
      text: { zh: '请选择调入仓库' },
    })
    await expect(
      admin('stock.createDraft', doc('DB', [{ itemId: paper.id, qtyMilli: 1_000 }], { toWarehouseId: 1 })),
    ).rejects.toMatchObject({ text: { zh: '调出和调入仓库不能相同' } })
    await expect(
      admin('stock.createDraft', doc('RK', [{ itemId: paper.id, qtyMilli: 1_000 }], { toWarehouseId: annex.id })),
    ).rejects.toMatchObject({ text: { zh: '只有调拨单有调入仓库' } })
    await expect(
      post(doc('DB', [{ itemId: paper.id, qtyMilli: 1_000 }], { toWarehouseId: annex.id })),
    ).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' })
    expect(balance(app, paper.id, annex.id)).toBeUndefined()
  })

  it('carries a back-dated re-valuation of the sender on into the receiving warehouse', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, annex, post } = await setup(admin)
    app.now = new Date('2026-11-24T09:00:00+08:00')
    await post(doc('RK', [{ itemId: paper.id, qtyMilli: 2_000, priceE4: 100_000 }], { businessDate: '2026-11-24' }))
    app.now = new Date('2026-11-25T09:00:00+08:00')
    await post(
      doc('DB', [{ itemId: paper.id, qtyMilli: 1_000 }], { toWarehouseId: annex.id, businessDate: '2026-11-25' }),
    )
    app.now = new Date('2026-11-26T09:00:00+08:00')
    // Issue from the receiving warehouse today: 1 at 10.00.
    await post(
      doc('CK', [{ itemId: paper.id, qtyMilli: 1_000 }], {
        warehouseId: annex.id,
        departmentId: (await admin('departments.create', { code: 'D1', name: '教务处' })).id,
      }),
    )
    // A receipt dated before the transfer raises the sender's average: 2 × 10 + 2 × 16 → 13.00 each.
    await post(doc('RK', [{ itemId: paper.id, qtyMilli: 2_000, priceE4: 160_000 }], { businessDate: '2026-11-24' }))
    const transfer = (await admin('stock.list', { docType: 'DB' })).rows[0]
    expect(transfer.totalFen).toBe(1_300)
    const issue = (await admin('stock.list', { docType: 'CK' })).rows[0]
    expect(issue.totalFen).toBe(1_300)
    expect(balance(app, paper.id, 1)).toEqual({ qty: 3_000, value: 3_900 })
    expect(balance(app, paper.id, annex.id)).toEqual({ qty: 0, value: 0 })
    expect(verifyLedger(app.core.db)).toEqual([])
  })

  it('is reversed in both warehouses, and not once the receiver has issued the goods', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, annex, post } = await setup(admin)
    await post(doc('RK', [{ itemId: paper.id, qtyMilli: 4_000, priceE4: 25_000 }]))
    const first = await post(doc('DB', [{ itemId: paper.id, qtyMilli: 2_000 }], { toWarehouseId: annex.id }))
    const reversal = await admin('stock.reverse', { id: first.id, requestId: crypto.randomUUID() })
    expect(reversal).toMatchObject({ docType: 'DB', reversesNo: first.docNo, totalFen: -500, toWarehouseId: annex.id })
    expect(balance(app, paper.id, 1)).toEqual({ qty: 4_000, value: 1_000 })
    expect(balance(app, paper.id, annex.id)).toEqual({ qty: 0, value: 0 })

    const second = await post(doc('DB', [{ itemId: paper.id, qtyMilli: 2_000 }], { toWarehouseId: annex.id }))
    const dept = await admin('departments.create', { code: 'D2', name: '后勤处' })
    await post(doc('CK', [{ itemId: paper.id, qtyMilli: 1_000 }], { warehouseId: annex.id, departmentId: dept.id }))
    await expect(admin('stock.reverse', { id: second.id, requestId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'INSUFFICIENT_STOCK',
    })
    expect(verifyLedger(app.core.db)).toEqual([])
  })
})
