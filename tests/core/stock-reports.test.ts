import { describe, expect, it } from 'vitest'
import { verifyLedger } from '../../electron/core/stock/verify'
import type { Client } from './helpers'
import { makeApp, setupAdmin, userClient } from './helpers'

type Line = { itemId: number; qtyMilli: number; priceE4?: number }
const doc = (docType: 'RK' | 'CK', businessDate: string, lines: Line[], extra = {}) => ({
  requestId: crypto.randomUUID(),
  docType,
  warehouseId: 1,
  businessDate,
  lines,
  ...extra,
})

async function history(app: ReturnType<typeof makeApp>, admin: Client) {
  const soap = await admin('items.create', {
    code: 'QJ2',
    name: '洗手液',
    unit: '瓶',
    stockLimits: [{ warehouseId: 1, minMilli: 5_000, maxMilli: 20_000 }],
  })
  const gloves = await admin('items.create', {
    code: 'QJ3',
    name: '橡胶手套',
    unit: '双',
    stockLimits: [{ warehouseId: 1, minMilli: 2_000 }],
  })
  const dept = await admin('departments.create', { code: 'D1', name: '宿舍管理中心' })
  const post = async (input: ReturnType<typeof doc>) => {
    app.now = new Date(`${input.businessDate}T09:00:00+08:00`)
    return admin('stock.post', { id: (await admin('stock.createDraft', input)).id })
  }
  await post(doc('RK', '2026-10-08', [{ itemId: soap.id, qtyMilli: 10_000, priceE4: 120_000 }])) // 10 × 12.00
  await post(doc('CK', '2026-10-20', [{ itemId: soap.id, qtyMilli: 4_000 }], { departmentId: dept.id }))
  await post(doc('RK', '2026-11-03', [{ itemId: soap.id, qtyMilli: 6_000, priceE4: 150_000 }])) // 6 × 15.00
  await post(doc('CK', '2026-11-20', [{ itemId: soap.id, qtyMilli: 9_000 }], { departmentId: dept.id }))
  return { soap, gloves, dept }
}

describe('stock reports', () => {
  it('shows on-hand now and as of any date, with low stock marked and listed', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { soap } = await history(app, admin)
    const now = await admin('stock.onHand', {})
    expect(now.rows.map((r) => [r.itemCode, r.qtyMilli, r.valueFen, r.minMilli, r.low])).toEqual([
      ['QJ2', 3_000, 4_050, 5_000, true],
    ])
    const october = await admin('stock.onHand', { asOf: '2026-10-31', warehouseId: 1 })
    expect(october.rows.map((r) => [r.itemCode, r.qtyMilli, r.valueFen, r.low])).toEqual([['QJ2', 6_000, 7_200, false]])
    expect((await admin('stock.onHand', { asOf: '2026-10-01' })).rows).toEqual([])
    // The low-stock list includes the gloves, which were never in stock.
    const low = await admin('stock.onHand', { lowOnly: true })
    expect(low.rows.map((r) => [r.itemCode, r.qtyMilli])).toEqual([
      ['QJ2', 3_000],
      ['QJ3', 0],
    ])
    expect((await admin('stock.onHand', { lowOnly: true, asOf: '2026-10-31' })).rows.map((r) => r.itemCode)).toEqual([
      'QJ3',
    ])
    expect((await admin('stock.onHand', { search: '洗手' })).rows.map((r) => r.itemId)).toEqual([soap.id])
  })

  it('gives an item ledger with the opening balance, running quantity, value and average cost', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { soap } = await history(app, admin)
    const ledger = await admin('stock.itemLedger', { itemId: soap.id, warehouseId: 1, dateFrom: '2026-11-01' })
    expect(ledger.opening).toEqual({ qtyMilli: 6_000, valueFen: 7_200 })
    expect(
      ledger.rows.map((r) => [r.businessDate, r.docNo, r.qtyDelta, r.valueFen, r.runQty, r.runValue, r.avgPriceE4]),
    ).toEqual([
      ['2026-11-03', 'RK20261103-0001', 6_000, 9_000, 12_000, 16_200, 135_000],
      ['2026-11-20', 'CK20261120-0001', -9_000, -12_150, 3_000, 4_050, 135_000],
    ])
    expect(ledger.rows[1].party).toBe('宿舍管理中心')
    const page = await admin('stock.itemLedger', { itemId: soap.id, warehouseId: 1, page: 2, pageSize: 3 })
    expect(page).toMatchObject({ total: 4, opening: { qtyMilli: 0, valueFen: 0 } })
    expect(page.rows.map((r) => r.docNo)).toEqual(['CK20261120-0001'])
  })

  it('filters document lists by type, date, department, item and number', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { soap, gloves, dept } = await history(app, admin)
    const nos = async (filter: Record<string, unknown>) => (await admin('stock.list', filter)).rows.map((r) => r.docNo)
    expect(await nos({ docType: 'CK' })).toEqual(['CK20261120-0001', 'CK20261020-0001'])
    expect(await nos({ dateFrom: '2026-10-15', dateTo: '2026-11-10' })).toEqual(['RK20261103-0001', 'CK20261020-0001'])
    expect(await nos({ departmentId: dept.id, dateFrom: '2026-11-01' })).toEqual(['CK20261120-0001'])
    expect(await nos({ itemId: soap.id, subtype: 'other' })).toEqual(['RK20261103-0001', 'RK20261008-0001'])
    expect(await nos({ itemId: gloves.id })).toEqual([])
    expect(await nos({ search: '1103' })).toEqual(['RK20261103-0001'])
    expect(await nos({ search: '%' })).toEqual([])
  })

  it('numbers documents with the configured prefixes, each its own', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    expect((await admin('settings.get', {})).docPrefixes).toEqual({ RK: 'RK', CK: 'CK', DB: 'DB', PD: 'PD' })
    await expect(
      admin('settings.update', { orgName: '实验中学', docPrefixes: { RK: 'RK', CK: 'RK', DB: 'DB', PD: 'PD' } }),
    ).rejects.toMatchObject({ text: { zh: '各类单据的编号前缀不能相同' } })
    await expect(
      admin('settings.update', { orgName: '实验中学', docPrefixes: { RK: 'rk1', CK: 'CK', DB: 'DB', PD: 'PD' } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
    await admin('settings.update', { orgName: '实验中学', docPrefixes: { RK: 'SYRK', CK: 'CK', DB: 'DB', PD: 'PD' } })
    const soap = await admin('items.create', { code: 'QJ2', name: '洗手液', unit: '瓶' })
    const receipt = await admin('stock.createDraft', doc('RK', '2026-11-26', [{ itemId: soap.id, qtyMilli: 1_000 }]))
    expect((await admin('stock.post', { id: receipt.id })).docNo).toBe('SYRK20261126-0001')
  })

  it('lets only an administrator allow negative stock, and values it by the documented rule', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const keeper = await userClient(app, admin, 'keeper', 'storekeeper')
    const dept = await admin('departments.create', { code: 'D1', name: '食堂' })
    await expect(
      keeper('items.create', { code: 'SC1', name: '鸡蛋', unit: '个', allowNegative: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const eggs = await admin('items.create', { code: 'SC1', name: '鸡蛋', unit: '个', allowNegative: true })
    const post = async (input: ReturnType<typeof doc>) =>
      admin('stock.post', { id: (await admin('stock.createDraft', input)).id })
    await post(doc('RK', '2026-11-26', [{ itemId: eggs.id, qtyMilli: 10_000, priceE4: 10_000 }])) // 10 × 1.00
    // 15 out of 10: the issue takes all 10.00; the balance is −5 worth 0.
    const issue = await post(
      doc('CK', '2026-11-26', [{ itemId: eggs.id, qtyMilli: 15_000 }], { departmentId: dept.id }),
    )
    expect(issue.totalFen).toBe(1_000)
    const balance = () =>
      app.core.db.prepare('SELECT qty_milli AS q, value_fen AS v FROM stock_balances WHERE item_id = ?').get(eggs.id)
    expect(balance()).toEqual({ q: -5_000, v: 0 })
    await expect(keeper('items.update', { ...eggs, id: eggs.id, allowNegative: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(admin('items.update', { ...eggs, allowNegative: false })).rejects.toMatchObject({ code: 'CONFLICT' })
    // 20 arrive worth 24.00: 5 cover the eggs already issued, 15 stay, booked at 15/20 of 24.00.
    await post(doc('RK', '2026-11-26', [{ itemId: eggs.id, qtyMilli: 20_000, priceE4: 12_000 }]))
    expect(balance()).toEqual({ q: 15_000, v: 1_800 })
    expect(verifyLedger(app.core.db)).toEqual([])
  })
})
