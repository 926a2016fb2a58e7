import { describe, expect, it } from 'vitest'
import type { Client } from './helpers'
import { count, makeApp, setupAdmin } from './helpers'

const today = '2026-11-26'
const draft = (docType: 'RK' | 'CK', lines: { itemId: number; qtyMilli: number; priceE4?: number }[], extra = {}) => ({
  requestId: crypto.randomUUID(),
  docType,
  warehouseId: 1,
  businessDate: today,
  lines,
  ...extra,
})

async function setup(admin: Client) {
  const rice = await admin('items.create', { code: 'SP1', name: '大米', unit: 'kg', unitDecimals: 3 })
  const canteen = await admin('departments.create', { code: 'D0302', name: '饮食服务中心' })
  const library = await admin('departments.create', { code: 'D06', name: '图书馆' })
  const cook = await admin('people.create', { departmentId: canteen.id, name: '王师傅' })
  const receipt = await admin('stock.createDraft', draft('RK', [{ itemId: rice.id, qtyMilli: 3_000, priceE4: 33_333 }]))
  await admin('stock.post', { id: receipt.id }) // 3 kg worth 10.00
  return { rice, canteen, library, cook }
}

describe('stock-out (出库单)', () => {
  it('issues to a department and person at the moving average; the last unit takes what is left', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { rice, canteen, cook } = await setup(admin)
    const first = await admin(
      'stock.createDraft',
      draft('CK', [{ itemId: rice.id, qtyMilli: 1_000 }], { departmentId: canteen.id, personId: cook.id }),
    )
    expect(first).toMatchObject({
      docType: 'CK',
      subtype: 'issue',
      departmentName: '饮食服务中心',
      personName: '王师傅',
    })
    const posted = await admin('stock.post', { id: first.id })
    expect(posted.docNo).toBe('CK20261126-0001')
    expect(posted.lines[0].amountFen).toBe(333)
    expect(posted.totalFen).toBe(333)
    const last = await admin(
      'stock.createDraft',
      draft('CK', [{ itemId: rice.id, qtyMilli: 2_000 }], { departmentId: canteen.id }),
    )
    expect((await admin('stock.post', { id: last.id })).totalFen).toBe(667)
    expect((await admin('stock.onHand', {})).rows).toEqual([])
    expect(
      app.core.db.prepare('SELECT qty_milli, value_fen FROM stock_balances WHERE item_id = ?').get(rice.id),
    ).toEqual({ qty_milli: 0, value_fen: 0 })
  })

  it('refuses to issue more than is on hand, inside the posting, and writes nothing', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { rice, canteen } = await setup(admin)
    const doc = await admin(
      'stock.createDraft',
      draft('CK', [{ itemId: rice.id, qtyMilli: 3_500 }], { departmentId: canteen.id }),
    )
    await expect(admin('stock.post', { id: doc.id })).rejects.toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      text: { zh: '「SP1 大米」库存不足：2026-11-26 的结存将为 -0.5' },
    })
    expect(count(app, 'stock_movements')).toBe(1)
    expect((await admin('stock.get', { id: doc.id })).status).toBe('draft')
  })

  it('asks each kind of stock-out for what it needs', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { rice, canteen, library, cook } = await setup(admin)
    const line = [{ itemId: rice.id, qtyMilli: 500 }]
    await expect(admin('stock.createDraft', draft('CK', line))).rejects.toMatchObject({
      text: { zh: '请选择领用部门' },
    })
    await expect(
      admin('stock.createDraft', draft('CK', line, { departmentId: library.id, personId: cook.id })),
    ).rejects.toMatchObject({ text: { zh: '领用人不存在、已停用或不属于该部门' } })
    await expect(admin('stock.createDraft', draft('CK', line, { subtype: 'return_supplier' }))).rejects.toMatchObject({
      text: { zh: '请选择退货供应商' },
    })
    await expect(admin('stock.createDraft', draft('CK', line, { subtype: 'scrap' }))).rejects.toMatchObject({
      text: { zh: '报损须填写原因' },
    })
    await expect(admin('stock.createDraft', draft('CK', line, { subtype: 'opening' }))).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
    const scrap = await admin('stock.createDraft', draft('CK', line, { subtype: 'scrap', reason: '受潮霉变' }))
    expect((await admin('stock.post', { id: scrap.id })).reason).toBe('受潮霉变')
    const supplier = await admin('suppliers.create', { code: 'GYS1', name: '粮油公司' })
    const back = await admin(
      'stock.createDraft',
      draft('CK', line, { subtype: 'return_supplier', supplierId: supplier.id }),
    )
    expect((await admin('stock.post', { id: back.id })).supplierName).toBe('粮油公司')
    const returned = await admin(
      'stock.createDraft',
      draft('RK', line, { subtype: 'return_in', departmentId: canteen.id }),
    )
    expect((await admin('stock.post', { id: returned.id })).subtype).toBe('return_in')
  })

  it('re-values a later issue when a receipt is back-dated before it', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const { rice, canteen } = await setup(admin) // 3 kg @ 10.00 on 11-26
    const issue = await admin(
      'stock.createDraft',
      draft('CK', [{ itemId: rice.id, qtyMilli: 1_000 }], { departmentId: canteen.id }),
    )
    await admin('stock.post', { id: issue.id })
    expect((await admin('stock.get', { id: issue.id })).totalFen).toBe(333)
    const earlier = await admin(
      'stock.createDraft',
      draft('RK', [{ itemId: rice.id, qtyMilli: 1_000, priceE4: 140_000 }], { businessDate: '2026-11-20' }),
    )
    await admin('stock.post', { id: earlier.id }) // 1 kg @ 14.00 before everything: average becomes 24.00 / 4
    expect((await admin('stock.get', { id: issue.id })).totalFen).toBe(600)
  })
})
