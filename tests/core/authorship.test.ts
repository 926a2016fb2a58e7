/**
 * Segregation of duties by authorship (issue 10, point 4): everyone who created or changed a purchase
 * order or a requisition before its approval is an author and cannot approve or reject it — the
 * administrator included; a draft is changed, submitted or deleted only by an author or the administrator,
 * who thereby becomes one. Real SQLite, through the router.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/core/db/open'
import { migrations } from '../../electron/core/db/migrations/index'
import { SEEDS } from './migration-seeds'
import { errorOf, makeApp, setupAdmin, userClient, type Client } from './helpers'

const uuid = () => crypto.randomUUID()
const OWN_ORDER = '不能审批自己创建或修改过的采购订单'
const OWN_REQUISITION = '不能审批自己创建或修改过的采购申请'
const NOT_AUTHOR = /^只有创建或修改过此采购(订单|申请)的人（或管理员）才能修改、提交或删除它$/

async function setting() {
  const app = makeApp()
  const admin = await setupAdmin(app)
  const buyer = await userClient(app, admin, 'buyer', 'purchaser')
  const buyer2 = await userClient(app, admin, 'buyer2', 'purchaser')
  const boss = await userClient(app, admin, 'boss', 'approver')
  // Every order of this test needs one approval (threshold 1.00 元).
  await admin('purchase.updateSettings', {
    approvalThresholdFen: 100,
    secondApprovalThresholdFen: 100_000_000,
    overReceiptTolerancePct: 0,
  })
  const supplier = await admin('suppliers.create', { code: 'S1', name: '晨光文具' })
  const item = await admin('items.create', { code: 'P1', name: '复印纸', unit: '包', defaultSupplierId: supplier.id })
  const dept = await admin('departments.create', { code: 'D1', name: '教务处' })
  const orderFields = (priceE4: number) => ({
    supplierId: supplier.id,
    warehouseId: 1,
    lines: [{ itemId: item.id, qtyMilli: 10_000, priceE4 }],
  })
  const order = async (by: Client) => (await by('orders.create', { requestId: uuid(), ...orderFields(20_000) })).id
  const reqFields = { departmentId: dept.id, lines: [{ itemId: item.id, qtyMilli: 5_000 }] }
  const requisition = async (by: Client) => (await by('requisitions.create', { requestId: uuid(), ...reqFields })).id
  return { app, admin, buyer, buyer2, boss, orderFields, order, reqFields, requisition }
}

/** Every method that changes a draft, on one document. */
function draftMutations(s: Awaited<ReturnType<typeof setting>>) {
  return {
    order: {
      update: (by: Client, id: number) => by('orders.update', { id, ...s.orderFields(30_000) }),
      submit: (by: Client, id: number) => by('orders.submit', { id }),
      delete: (by: Client, id: number) => by('orders.delete', { id }),
    },
    requisition: {
      update: (by: Client, id: number) =>
        by('requisitions.update', { id, ...s.reqFields, lines: [{ itemId: null, name: '订书机', qtyMilli: 1000 }] }),
      submit: (by: Client, id: number) => by('requisitions.submit', { id }),
      delete: (by: Client, id: number) => by('requisitions.delete', { id }),
    },
  }
}

describe('authorship', () => {
  it('an administrator who raised the price of a purchaser’s draft cannot approve it; an untouched approver can', async () => {
    const { admin, buyer, boss, orderFields, order } = await setting()
    const id = await order(buyer)
    await admin('orders.update', { id, ...orderFields(90_000) })
    await buyer('orders.submit', { id })
    expect((await admin('orders.get', { id })).actions).not.toContain('approve')
    expect(await errorOf(admin('orders.approve', { id }))).toMatchObject({ code: 'FORBIDDEN', text: { zh: OWN_ORDER } })
    expect(await errorOf(admin('orders.reject', { id, comment: '不行' }))).toMatchObject({ code: 'FORBIDDEN' })
    expect((await admin('purchase.dashboard', {})).awaitingMyApproval).toBe(0)
    expect((await boss('orders.get', { id })).actions).toContain('approve')
    expect((await boss('orders.approve', { id })).status).toBe('approved')
  })

  it('an order’s earlier authors stay authors after someone else revises it', async () => {
    const { admin, buyer2, boss, order } = await setting()
    const id = await order(admin)
    await admin('orders.submit', { id })
    await boss('orders.approve', { id })
    await buyer2('orders.revise', { id })
    await buyer2('orders.submit', { id })
    expect(await errorOf(admin('orders.approve', { id }))).toMatchObject({ code: 'FORBIDDEN', text: { zh: OWN_ORDER } })
    expect((await boss('orders.approve', { id })).status).toBe('approved')
  })

  it('a purchaser cannot change, submit or delete another purchaser’s draft order or requisition', async () => {
    const s = await setting()
    const mutations = draftMutations(s)
    for (const [kind, methods] of Object.entries(mutations)) {
      for (const [name, run] of Object.entries(methods)) {
        const id = kind === 'order' ? await s.order(s.buyer) : await s.requisition(s.buyer)
        const get = () => (kind === 'order' ? s.admin('orders.get', { id }) : s.admin('requisitions.get', { id }))
        const before = await get()
        const listed =
          kind === 'order' ? await s.buyer2('orders.get', { id }) : await s.buyer2('requisitions.get', { id })
        expect(listed.actions, `${kind} ${name}`).not.toContain(name === 'update' ? 'edit' : name)
        const error = await errorOf(run(s.buyer2, id))
        expect(error.code, `${kind} ${name}`).toBe('FORBIDDEN')
        expect(error.text.zh, `${kind} ${name}`).toMatch(NOT_AUTHOR)
        expect(await get(), `${kind} ${name} changes nothing`).toEqual(before)
        // The author still may.
        await run(s.buyer, id)
      }
    }
  })

  it('the administrator may change another’s draft, and then cannot approve it', async () => {
    const s = await setting()
    const mutations = draftMutations(s)
    for (const [kind, methods] of Object.entries(mutations)) {
      for (const [name, run] of Object.entries(methods)) {
        const id = kind === 'order' ? await s.order(s.buyer) : await s.requisition(s.buyer)
        await run(s.admin, id)
        if (name === 'delete') {
          const [table, column] = kind === 'order' ? ['purchase_order', 'order_id'] : ['requisition', 'requisition_id']
          const authors = s.app.core.db.prepare(`SELECT count(*) AS n FROM ${table}_authors WHERE ${column} = ?`)
          expect(authors.get(id), 'its authors go with it').toEqual({ n: 0 })
          continue
        }
        if (name === 'update')
          await (kind === 'order' ? s.buyer('orders.submit', { id }) : s.buyer('requisitions.submit', { id }))
        const approve = kind === 'order' ? s.admin('orders.approve', { id }) : s.admin('requisitions.approve', { id })
        expect(await errorOf(approve), `${kind} ${name}`).toMatchObject({
          code: 'FORBIDDEN',
          text: { zh: kind === 'order' ? OWN_ORDER : OWN_REQUISITION },
        })
        const ok = kind === 'order' ? s.boss('orders.approve', { id }) : s.boss('requisitions.approve', { id })
        expect((await ok).status).toBe('approved')
      }
    }
  })

  it('an upgraded database counts each document’s creator and reviser as its authors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-authors-'))
    try {
      const file = path.join(dir, 'waredesk.db')
      const before = migrations.findIndex((m) => m.name === 'authors')
      for (let v = 1; v <= before; v++) {
        const db = openDatabase(file, { migrations: migrations.slice(0, v) })
        db.exec(SEEDS[v] ?? '')
        db.close()
      }
      const old = openDatabase(file, { migrations: migrations.slice(0, before) })
      const [creator, reviser] = old.prepare('SELECT id FROM users ORDER BY id LIMIT 2').pluck().all() as number[]
      expect(reviser, 'the seeds have two users').toBeDefined()
      old.prepare('UPDATE purchase_orders SET created_by = ?, revised_by = ?').run(creator, reviser)
      const orders = old.prepare('SELECT id FROM purchase_orders ORDER BY id').pluck().all() as number[]
      const requisitions = old.prepare('SELECT id, created_by AS userId FROM requisitions ORDER BY id').all()
      old.close()
      const db = openDatabase(file)
      expect(orders.length).toBeGreaterThan(0)
      expect(
        db.prepare('SELECT order_id AS id, user_id AS userId FROM purchase_order_authors ORDER BY 1, 2').all(),
      ).toEqual(orders.flatMap((id) => [creator, reviser].sort((a, b) => a - b).map((userId) => ({ id, userId }))))
      expect(
        db.prepare('SELECT requisition_id AS id, user_id AS userId FROM requisition_authors ORDER BY 1, 2').all(),
      ).toEqual(requisitions)
      db.close()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
