import { describe, expect, it } from 'vitest'
import { makeApp, setupAdmin, userClient } from './helpers'

const receipt = (itemId: number, businessDate: string) => ({
  requestId: crypto.randomUUID(),
  docType: 'RK' as const,
  warehouseId: 1,
  businessDate,
  lines: [{ itemId, qtyMilli: 1_000, priceE4: 10_000 }],
})

describe('month close and back-dated posting', () => {
  it('refuses postings on or before the closed date until an admin reopens, all audited', async () => {
    const app = makeApp() // today 2026-11-26
    const admin = await setupAdmin(app)
    const item = await admin('items.create', { name: '扫帚', unit: '把' })
    expect(await admin('periods.close', { through: '2026-10-31' })).toEqual({ closedThrough: '2026-10-31' })
    const october = await admin('stock.createDraft', receipt(item.id, '2026-10-31'))
    await expect(admin('stock.post', { id: october.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      text: { zh: '2026-10-31 所在期间已结账（结账至 2026-10-31），不能过账；请在未结账期间另开单据更正' },
    })
    const november = await admin('stock.createDraft', receipt(item.id, '2026-11-01'))
    await admin('stock.post', { id: november.id })
    await expect(admin('periods.close', { through: '2026-11-26' })).rejects.toMatchObject({ code: 'BAD_INPUT' })
    await expect(admin('periods.close', { through: '2026-11-20' })).rejects.toMatchObject({
      text: { zh: '结账日期前还有 1 张草稿单据，请先审核或删除' },
    })
    await admin('periods.reopen', { through: '2026-09-30' })
    expect((await admin('stock.post', { id: october.id })).status).toBe('posted')
    const audit = app.core.db.prepare("SELECT summary FROM audit_log WHERE target = 'period' ORDER BY id").all()
    expect(audit).toEqual([
      { summary: '期末结账至 2026-10-31' },
      { summary: '反结账：由 2026-10-31 退回至 2026-09-30' },
    ])
  })

  it('lets only approvers and admins post with an earlier date; today is for everyone who posts', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const keeper = await userClient(app, admin, 'keeper', 'storekeeper')
    const boss = await userClient(app, admin, 'boss', 'approver')
    const item = await admin('items.create', { name: '扫帚', unit: '把' })
    const late = await keeper('stock.createDraft', receipt(item.id, '2026-11-20'))
    await expect(keeper('stock.post', { id: late.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await boss('stock.post', { id: late.id })).status).toBe('posted')
    const now = await keeper('stock.createDraft', receipt(item.id, '2026-11-26'))
    expect((await keeper('stock.post', { id: now.id })).status).toBe('posted')
    await expect(keeper('periods.close', { through: '2026-10-31' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
