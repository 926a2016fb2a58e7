import { describe, expect, it } from 'vitest'
import { verifyLedger } from '../../electron/core/stock/verify'
import type { Client } from './helpers'
import { makeApp, setupAdmin, userClient } from './helpers'

const today = '2026-11-26'
const doc = (docType: 'RK' | 'CK', lines: { itemId: number; qtyMilli: number; priceE4?: number }[], extra = {}) => ({
  requestId: crypto.randomUUID(),
  docType,
  warehouseId: 1,
  businessDate: today,
  lines,
  ...extra,
})

async function setup(admin: Client) {
  const office = await admin('categories.create', { name: '办公用品' })
  const pens = await admin('categories.create', { name: '笔类', parentId: office.id })
  const cleaning = await admin('categories.create', { name: '清洁用品' })
  const pen = await admin('items.create', {
    code: 'BG2',
    name: '中性笔',
    unit: '支',
    categoryId: pens.id,
    barcodes: ['6901234567892'],
  })
  const paper = await admin('items.create', { code: 'BG1', name: 'A4复印纸', unit: '包', categoryId: office.id })
  const mop = await admin('items.create', {
    code: 'QJ1',
    name: '拖把',
    unit: '把',
    categoryId: cleaning.id,
    refPriceE4: 250_000,
    stockLimits: [{ warehouseId: 1, minMilli: 2_000 }],
  })
  const post = async (input: ReturnType<typeof doc>) =>
    admin('stock.post', { id: (await admin('stock.createDraft', input)).id })
  await post(
    doc('RK', [
      { itemId: pen.id, qtyMilli: 10_000, priceE4: 15_000 },
      { itemId: paper.id, qtyMilli: 4_000, priceE4: 250_000 },
    ]),
  )
  return { office, cleaning, pen, paper, mop, post }
}

const balance = (app: ReturnType<typeof makeApp>, itemId: number) =>
  app.core.db
    .prepare('SELECT qty_milli AS qty, value_fen AS value FROM stock_balances WHERE item_id = ? AND warehouse_id = 1')
    .get(itemId)

describe('stocktake (盘点单)', () => {
  it('snapshots the scope, posts differences as 盘盈 and 盘亏 documents, and leaves the book equal to the count', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { office, pen, paper, mop } = await setup(admin)
    // Everything of the warehouse: items with stock, and the mop with a limit but nothing on hand.
    const all = await admin('stock.stocktakeCreate', { requestId: crypto.randomUUID(), warehouseId: 1 })
    expect(all.lines.map((l) => [l.itemCode, l.bookMilli])).toEqual([
      ['BG1', 4_000],
      ['BG2', 10_000],
      ['QJ1', 0],
    ])
    // A category takes its sub-categories.
    const sheet = await admin('stock.stocktakeCreate', {
      requestId: crypto.randomUUID(),
      warehouseId: 1,
      categoryId: office.id,
    })
    expect(sheet).toMatchObject({ docType: 'PD', status: 'draft', categoryName: '办公用品', blind: false })
    expect(sheet.lines.map((l) => l.itemCode)).toEqual(['BG1', 'BG2'])
    await expect(admin('stock.post', { id: sheet.id })).rejects.toMatchObject({
      text: { zh: '还有 2 行未盘点（A4复印纸、中性笔）' },
    })
    // Counted: pens 8 (2 missing), paper 5 (one found), and a mop found on the shelf (not on the sheet).
    let counted = await admin('stock.stocktakeCount', {
      id: sheet.id,
      counts: [
        { itemId: pen.id, countedMilli: 8_000, reason: '' },
        { itemId: paper.id, countedMilli: 5_000, reason: '盘点发现' },
        { itemId: mop.id, countedMilli: 1_000, reason: '捐赠未入账' },
      ],
    })
    expect(counted.lines.map((l) => [l.itemCode, l.countedMilli])).toEqual([
      ['BG1', 5_000],
      ['BG2', 8_000],
      ['QJ1', 1_000],
    ])
    await expect(admin('stock.post', { id: sheet.id })).rejects.toMatchObject({
      text: { zh: '「BG2 中性笔」账面 10，实盘 8：请填写差异原因' },
    })
    counted = await admin('stock.stocktakeCount', {
      id: sheet.id,
      counts: [{ itemId: pen.id, countedMilli: 8_000, reason: '丢失' }],
    })
    const posted = await admin('stock.post', { id: sheet.id })
    expect(posted).toMatchObject({ status: 'posted', docNo: 'PD20261126-0001' })
    expect(await admin('stock.post', { id: sheet.id })).toEqual(posted) // idempotent
    const result = await admin('stock.stocktakeGet', { id: sheet.id })
    expect(result.results.map((r) => [r.docType, r.docNo])).toEqual([
      ['CK', 'CK20261126-0001'],
      ['RK', 'RK20261126-0002'],
    ])
    const shortage = await admin('stock.get', { id: result.results[0].id })
    expect(shortage).toMatchObject({
      subtype: 'shortage',
      sourceNo: 'PD20261126-0001',
      totalFen: 300,
      reason: 'BG2 丢失',
    })
    const surplus = await admin('stock.get', { id: result.results[1].id })
    // Paper at its current average (25.00); the mop had nothing on hand, so its reference price (25.00).
    expect(surplus.lines.map((l) => [l.itemCode, l.qtyMilli, l.amountFen])).toEqual([
      ['BG1', 1_000, 2_500],
      ['QJ1', 1_000, 2_500],
    ])
    expect(balance(app, pen.id)).toEqual({ qty: 8_000, value: 1_200 })
    expect(balance(app, paper.id)).toEqual({ qty: 5_000, value: 12_500 })
    expect(balance(app, mop.id)).toEqual({ qty: 1_000, value: 2_500 })
    await expect(
      admin('stock.stocktakeCount', { id: sheet.id, counts: [{ itemId: pen.id, countedMilli: 1 }] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(admin('stock.reverse', { id: sheet.id, requestId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(verifyLedger(app.core.db)).toEqual([])
  })

  it('hides the book on a blind count until posted, and flags lines that moved after the snapshot', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { pen, paper, post } = await setup(admin)
    const sheet = await admin('stock.stocktakeCreate', { requestId: crypto.randomUUID(), warehouseId: 1, blind: true })
    expect(sheet.lines.every((l) => l.bookMilli === null)).toBe(true)
    // Two pens are issued while the count is open: the count is compared with the book at posting.
    const dept = await admin('departments.create', { code: 'D1', name: '教务处' })
    await post(doc('CK', [{ itemId: pen.id, qtyMilli: 2_000 }], { departmentId: dept.id }))
    const during = await admin('stock.stocktakeGet', { id: sheet.id })
    expect(during.lines.filter((l) => l.movedSinceSnapshot).map((l) => l.itemCode)).toEqual(['BG2'])
    await admin('stock.stocktakeCount', {
      id: sheet.id,
      counts: [
        { itemId: pen.id, countedMilli: 8_000 },
        { itemId: paper.id, countedMilli: 4_000 },
        { itemId: during.lines.find((l) => l.itemCode === 'QJ1')!.itemId, countedMilli: 0 },
      ],
    })
    await admin('stock.post', { id: sheet.id })
    const after = await admin('stock.stocktakeGet', { id: sheet.id })
    expect(after.results).toEqual([]) // no difference against the book at posting
    expect(after.lines.map((l) => [l.itemCode, l.bookMilli])).toEqual([
      ['BG1', 4_000],
      ['BG2', 10_000],
      ['QJ1', 0],
    ])
    expect(after.lines.some((l) => l.movedSinceSnapshot)).toBe(true)
  })

  it('checks quantities, scope and rights', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { pen } = await setup(admin)
    const viewer = await userClient(app, admin, 'viewer1', 'viewer')
    await expect(
      viewer('stock.stocktakeCreate', { requestId: crypto.randomUUID(), warehouseId: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const other = await admin('warehouses.create', { code: 'WH2', name: '东校区仓库' })
    const shelf = await admin('locations.create', { warehouseId: other.id, code: 'A1', name: 'A区1排' })
    await expect(
      admin('stock.stocktakeCreate', { requestId: crypto.randomUUID(), warehouseId: 1, locationId: shelf.id }),
    ).rejects.toMatchObject({ text: { zh: '库位不属于所选仓库' } })
    const sheet = await admin('stock.stocktakeCreate', { requestId: crypto.randomUUID(), warehouseId: 1 })
    await expect(
      admin('stock.stocktakeCount', { id: sheet.id, counts: [{ itemId: pen.id, countedMilli: 1_500 }] }),
    ).rejects.toMatchObject({ text: { zh: '「中性笔」的数量最多 0 位小数（单位：支）' } })
    await expect(
      admin('stock.updateDraft', { id: sheet.id, warehouseId: 1, businessDate: today, lines: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await admin('stock.deleteDraft', { id: sheet.id })
    expect(
      app.core.db.prepare('SELECT count(*) AS n FROM stocktake_lines WHERE document_id = ?').get(sheet.id),
    ).toEqual({ n: 0 })
  })
})
