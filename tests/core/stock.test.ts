import { describe, expect, it } from 'vitest'
import type { Client } from './helpers'
import { count, makeApp, setupAdmin } from './helpers'

async function catalogue(admin: Client) {
  const paper = await admin('items.create', {
    code: 'WZ10001',
    name: 'A4复印纸',
    spec: '70g 500张/包',
    unit: '包',
    barcodes: ['6961417776312'],
  })
  const rice = await admin('items.create', { code: 'SP001', name: '大米', unit: 'kg', unitDecimals: 3 })
  return { paper, rice }
}

const draft = (lines: { itemId: number; qtyMilli: number; priceE4: number }[], businessDate = '2026-11-26') => ({
  requestId: crypto.randomUUID(),
  docType: 'RK' as const,
  warehouseId: 1,
  businessDate,
  lines,
})

const ledger = (app: ReturnType<typeof makeApp>) =>
  app.core.db.prepare('SELECT item_id, qty_delta, value_fen, run_qty, run_value FROM stock_movements ORDER BY id').all()

describe('stock-in', () => {
  it('posts a draft into the ledger and on-hand in one go, with a document number', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, rice } = await catalogue(admin)
    const doc = await admin(
      'stock.createDraft',
      draft([
        { itemId: paper.id, qtyMilli: 12_000, priceE4: 245_000 },
        { itemId: rice.id, qtyMilli: 1_500, priceE4: 33_333 },
      ]),
    )
    expect(doc).toMatchObject({ status: 'draft', docNo: null, totalFen: 29_400 + 500 })
    expect(count(app, 'stock_movements')).toBe(0)

    const posted = await admin('stock.post', { id: doc.id })
    expect(posted).toMatchObject({ status: 'posted', docNo: 'RK20261126-0001', postedBy: '系统管理员' })
    expect(ledger(app)).toEqual([
      { item_id: paper.id, qty_delta: 12_000, value_fen: 29_400, run_qty: 12_000, run_value: 29_400 },
      { item_id: rice.id, qty_delta: 1_500, value_fen: 500, run_qty: 1_500, run_value: 500 },
    ])
    const onHand = await admin('stock.onHand', {})
    expect(onHand.rows.map((r) => [r.itemCode, r.qtyMilli, r.valueFen])).toEqual([
      ['SP001', 1_500, 500],
      ['WZ10001', 12_000, 29_400],
    ])
    const second = await admin('stock.createDraft', draft([{ itemId: paper.id, qtyMilli: 1_000, priceE4: 0 }]))
    expect((await admin('stock.post', { id: second.id })).docNo).toBe('RK20261126-0002')
  })

  it('posts once however often the post is sent, even all at once', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper } = await catalogue(admin)
    const doc = await admin('stock.createDraft', draft([{ itemId: paper.id, qtyMilli: 2_000, priceE4: 10_000 }]))
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => admin('stock.post', { id: doc.id })))
    expect(new Set(results.map((r) => r.docNo))).toEqual(new Set(['RK20261126-0001']))
    expect(await admin('stock.post', { id: doc.id })).toEqual(results[0])
    expect(count(app, 'stock_movements')).toBe(1)
    expect((await admin('stock.onHand', {})).rows[0].qtyMilli).toBe(2_000)
  })

  it('creates a draft once per client request id', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper } = await catalogue(admin)
    const input = draft([{ itemId: paper.id, qtyMilli: 1_000, priceE4: 0 }])
    const [a, b] = await Promise.all([admin('stock.createDraft', input), admin('stock.createDraft', input)])
    expect(a.id).toBe(b.id)
    expect(count(app, 'documents')).toBe(1)
  })

  it('rolls the whole posting back when one line fails', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, rice } = await catalogue(admin)
    const doc = await admin(
      'stock.createDraft',
      draft([
        { itemId: paper.id, qtyMilli: 1_000, priceE4: 10_000 },
        { itemId: rice.id, qtyMilli: 1_000, priceE4: 10_000 },
      ]),
    )
    // Make the second line's ledger write fail, after the first line's has succeeded.
    app.core.db.exec(`CREATE TRIGGER fail_rice BEFORE INSERT ON stock_movements WHEN NEW.item_id = ${rice.id}
      BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
    await expect(admin('stock.post', { id: doc.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(count(app, 'stock_movements')).toBe(0)
    expect(count(app, 'stock_balances')).toBe(0)
    expect(count(app, 'doc_sequences')).toBe(0)
    expect((await admin('stock.get', { id: doc.id })).status).toBe('draft')
    app.core.db.exec('DROP TRIGGER fail_rice')
    expect((await admin('stock.post', { id: doc.id })).docNo).toBe('RK20261126-0001')
  })

  it('keeps posted documents read-only, in the service and in the database', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper } = await catalogue(admin)
    const doc = await admin('stock.createDraft', draft([{ itemId: paper.id, qtyMilli: 1_000, priceE4: 0 }]))
    await admin('stock.post', { id: doc.id })
    await expect(
      admin('stock.updateDraft', { id: doc.id, warehouseId: 1, businessDate: '2026-11-26', lines: [] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await expect(admin('stock.deleteDraft', { id: doc.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(() => app.core.db.prepare('UPDATE document_lines SET qty_milli = 5').run()).toThrow(/read-only/)
    expect(() => app.core.db.prepare('UPDATE stock_movements SET qty_delta = 5').run()).toThrow(/never changed/)
    expect(() => app.core.db.prepare('DELETE FROM stock_movements').run()).toThrow(/append-only/)
  })

  it('refuses quantities finer than the unit allows, empty documents and future dates', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper, rice } = await catalogue(admin)
    await expect(
      admin('stock.createDraft', draft([{ itemId: paper.id, qtyMilli: 1_500, priceE4: 0 }])),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      text: { zh: '第 1 行：「A4复印纸」的数量最多 0 位小数（单位：包）' },
    })
    await admin('stock.createDraft', draft([{ itemId: rice.id, qtyMilli: 1_234, priceE4: 0 }]))
    const empty = await admin('stock.createDraft', draft([]))
    await expect(admin('stock.post', { id: empty.id })).rejects.toMatchObject({ code: 'BAD_INPUT' })
    const future = await admin(
      'stock.createDraft',
      draft([{ itemId: rice.id, qtyMilli: 1_000, priceE4: 0 }], '2026-11-27'),
    )
    await expect(admin('stock.post', { id: future.id })).rejects.toMatchObject({ code: 'BAD_INPUT' })
    expect(count(app, 'stock_movements')).toBe(0)
  })

  it('finds items by barcode, with the quantity one scan counts', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { paper } = await catalogue(admin)
    expect(await admin('items.findByBarcode', { barcode: '6961417776312' })).toMatchObject({
      item: { id: paper.id },
      qtyMilli: 1_000,
    })
    expect(await admin('items.findByBarcode', { barcode: '0000000000000' })).toBeNull()
    await expect(
      admin('items.create', { code: 'X2', name: '别的', unit: '个', barcodes: ['6961417776312'] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      text: { zh: '条码 6961417776312 已属于「A4复印纸」' },
    })
  })
})
