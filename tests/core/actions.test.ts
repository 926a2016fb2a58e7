/**
 * The actions the core lists with a document are exactly the ones it lets the caller do: a generated
 * table over roles × document states × (author or not). For every action, a fresh document is brought
 * into the state, read as the caller, and the action tried: listed ⇒ it succeeds, unlisted ⇒ it is
 * refused (FORBIDDEN or CONFLICT) — or, for a repeat the core answers idempotently, nothing changes.
 * Real SQLite, through the router.
 */
import { describe, expect, it } from 'vitest'
import { ORDER_ACTIONS, REQUISITION_ACTIONS, STOCK_ACTIONS, type Role } from '../../electron/shared/contract'
import { can } from '../../electron/shared/permissions'
import { count, makeApp, setupAdmin, userClient, type Client } from './helpers'

const uuid = () => crypto.randomUUID()
const ROLES: Role[] = ['admin', 'storekeeper', 'purchaser', 'approver', 'viewer']

async function users(app: ReturnType<typeof makeApp>) {
  const admin = await setupAdmin(app)
  const as: Record<Role, Client> = {
    admin,
    storekeeper: await userClient(app, admin, 'keeper', 'storekeeper'),
    purchaser: await userClient(app, admin, 'buyer', 'purchaser'),
    approver: await userClient(app, admin, 'boss', 'approver'),
    viewer: await userClient(app, admin, 'viewer', 'viewer'),
  }
  // The author when it is not the caller: a second user of a role that may create the document.
  const others = {
    keeper2: await userClient(app, admin, 'keeper2', 'storekeeper'),
    buyer2: await userClient(app, admin, 'buyer2', 'purchaser'),
    boss2: await userClient(app, admin, 'boss2', 'approver'),
  }
  return { admin, as, ...others }
}

/** Runs the action; 'ok', 'refused' (FORBIDDEN / CONFLICT), or the unexpected error is rethrown. */
async function attempt(run: () => Promise<unknown>): Promise<'ok' | 'refused'> {
  try {
    await run()
    return 'ok'
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'FORBIDDEN' || code === 'CONFLICT') return 'refused'
    throw error
  }
}

/** A document as the administrator reads it, or 'gone' once deleted. */
async function readState(snapshot: () => Promise<unknown>): Promise<unknown> {
  try {
    return await snapshot()
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return 'gone'
    throw error
  }
}

/** One kind of document: its actions, how to bring a fresh one into each state, read it, and act. */
interface Sweep<A extends string> {
  actions: readonly A[]
  states: Record<string, (author: Client) => Promise<number>>
  /** The authors tried for a caller: the caller where the role may create one, and another user. */
  authors: (role: Role, caller: Client) => Client[]
  read: (caller: Client, id: number, state: string) => Promise<{ actions: A[] }>
  run: (caller: Client, action: A, id: number) => Promise<unknown>
  /** A repeat the core answers with what is there (succeeds, changes nothing). */
  idempotent: (role: Role, state: string, action: A) => boolean
  /** The document as the administrator reads it, to see whether an action changed it. */
  snapshot: (id: number, state: string) => Promise<unknown>
}

/**
 * Every role × author × state × action, each action on its own fresh document: a listed action succeeds
 * and changes the document (a silent no-op would pass for success); any other is refused and changes
 * nothing, or is an idempotent repeat. Every action is both listed and refused somewhere in the table.
 */
async function sweep<A extends string>(as: Record<Role, Client>, spec: Sweep<A>): Promise<void> {
  const rows: string[] = []
  for (const role of ROLES) {
    const authors = spec.authors(role, as[role])
    for (const [n, author] of authors.entries()) {
      const label = `${role}${n === 0 && authors.length > 1 ? ' (author)' : ''}`
      for (const [state, make] of Object.entries(spec.states)) {
        const listed = (await spec.read(as[role], await make(author), state)).actions
        for (const action of spec.actions) {
          const id = await make(author)
          const where = `${label} ${state} ${action}`
          expect((await spec.read(as[role], id, state)).actions, `${where}: same state, same list`).toEqual(listed)
          const before = await readState(() => spec.snapshot(id, state))
          const outcome = await attempt(() => spec.run(as[role], action, id))
          const after = await readState(() => spec.snapshot(id, state))
          rows.push(`${where}: ${outcome}`)
          const permitted = listed.includes(action)
          expect(outcome, where).toBe(permitted || spec.idempotent(role, state, action) ? 'ok' : 'refused')
          if (permitted) expect(after, `${where} changes it`).not.toEqual(before)
          else expect(after, `${where} changes nothing`).toEqual(before)
        }
      }
    }
  }
  for (const action of spec.actions) {
    expect(
      rows.some((row) => row.endsWith(` ${action}: ok`)),
      `${action} listed somewhere`,
    ).toBe(true)
    expect(
      rows.some((row) => row.endsWith(` ${action}: refused`)),
      `${action} refused somewhere`,
    ).toBe(true)
  }
}

describe('allowed actions: listed ⇔ permitted', { timeout: 600_000 }, () => {
  it('stock documents and stocktakes', async () => {
    const app = makeApp()
    const { admin, as, keeper2 } = await users(app)
    const item = await admin('items.create', { code: 'P1', name: '复印纸', unit: '包' })
    const line = { itemId: item.id, qtyMilli: 1000, priceE4: 10_000 }
    const draft = (by: Client, businessDate = '2026-11-26') =>
      by('stock.createDraft', { requestId: uuid(), docType: 'RK', warehouseId: 1, businessDate, lines: [line] })
    const states = {
      draft: async (by: Client) => (await draft(by)).id,
      posted: async (by: Client) => (await admin('stock.post', { id: (await draft(by)).id })).id,
      backdated: async (by: Client) => (await admin('stock.post', { id: (await draft(by, '2026-11-20')).id })).id,
      reversed: async (by: Client) => {
        const id = (await admin('stock.post', { id: (await draft(by)).id })).id
        await admin('stock.reverse', { id, requestId: uuid() })
        return id
      },
      reversal: async (by: Client) => {
        const id = (await admin('stock.post', { id: (await draft(by)).id })).id
        return (await admin('stock.reverse', { id, requestId: uuid() })).id
      },
      stocktake: async (by: Client) => {
        const sheet = await by('stock.stocktakeCreate', { requestId: uuid(), warehouseId: 1 })
        const counts = sheet.lines.map((l) => ({ itemId: l.itemId, countedMilli: l.bookMilli ?? 0, reason: '' }))
        await by('stock.stocktakeCount', { id: sheet.id, counts })
        return sheet.id
      },
      stocktakePosted: async (by: Client) => {
        const id = await states.stocktake(by)
        await admin('stock.post', { id })
        return id
      },
    }
    const stocktake = (state: string) => state.startsWith('stocktake')
    await sweep(as, {
      actions: STOCK_ACTIONS,
      states,
      // Stock documents do not depend on their author; both are tried where the caller may create one.
      authors: (role, caller) => (role === 'admin' || role === 'storekeeper' ? [caller, keeper2] : [keeper2]),
      read: (caller, id, state) =>
        stocktake(state) ? caller('stock.stocktakeGet', { id }) : caller('stock.get', { id }),
      run: async (caller, action, id) => {
        const { warehouseId, businessDate } = await admin('stock.get', { id })
        if (action === 'edit')
          return caller('stock.updateDraft', { id, warehouseId, businessDate, lines: [{ ...line, qtyMilli: 2000 }] })
        if (action === 'count')
          return caller('stock.stocktakeCount', { id, counts: [{ itemId: item.id, countedMilli: 0, reason: '盘亏' }] })
        if (action === 'post') return caller('stock.post', { id })
        if (action === 'delete') return caller('stock.deleteDraft', { id })
        return caller('stock.reverse', { id, requestId: uuid() })
      },
      // 审核 of a posted document and 红冲 of a reversed one return what is there.
      idempotent: (role, state, action) =>
        can(role, 'stock.post') &&
        ((action === 'post' && state !== 'draft' && state !== 'stocktake') ||
          (action === 'reverse' && state === 'reversed')),
      snapshot: async (id, state) => ({
        documents: count(app, 'documents'),
        doc: await (stocktake(state) ? admin('stock.stocktakeGet', { id }) : admin('stock.get', { id })),
      }),
    })
  })

  it('purchase orders', async () => {
    const app = makeApp()
    const { admin, as, buyer2 } = await users(app)
    await admin('purchase.updateSettings', {
      approvalThresholdFen: 10_000,
      secondApprovalThresholdFen: 100_000,
      overReceiptTolerancePct: 10,
    })
    const supplier = await admin('suppliers.create', { code: 'S1', name: '晨光文具' })
    const item = await admin('items.create', { code: 'P1', name: '复印纸', unit: '包', defaultSupplierId: supplier.id })
    // 10 units at 1.00 元 are approved on submit, at 20.00 元 need one approval, at 200.00 元 two.
    const lines = (priceE4: number) => [{ itemId: item.id, qtyMilli: 10_000, priceE4 }]
    const create = async (by: Client, priceE4 = 10_000) =>
      (await by('orders.create', { requestId: uuid(), supplierId: supplier.id, warehouseId: 1, lines: lines(priceE4) }))
        .id
    const receive = (id: number, acceptedMilli: number) =>
      as.storekeeper('orders.receive', { requestId: uuid(), id, lines: [{ lineNo: 1, acceptedMilli }] })
    const approved = async (by: Client) => {
      const id = await create(by)
      await by('orders.submit', { id })
      return id
    }
    const sent = async (by: Client) => {
      const id = await approved(by)
      await by('orders.markSent', { id })
      return id
    }
    const partial = async (by: Client) => {
      const id = await sent(by)
      await receive(id, 2_000)
      return id
    }
    const states = {
      draft: create,
      revised: async (by: Client) => {
        const id = await approved(by)
        await by('orders.revise', { id })
        return id
      },
      pending: async (by: Client) => {
        const id = await create(by, 200_000)
        await by('orders.submit', { id })
        return id
      },
      approvedOnce: async (by: Client) => {
        const id = await create(by, 2_000_000)
        await by('orders.submit', { id })
        await as.approver('orders.approve', { id })
        return id
      },
      approved,
      sent,
      partial,
      received: async (by: Client) => {
        const id = await sent(by)
        await receive(id, 10_000)
        return id
      },
      closed: async (by: Client) => {
        const id = await partial(by)
        await by('orders.shortClose', { id, reason: '缺货' })
        return id
      },
      cancelled: async (by: Client) => {
        const id = await create(by)
        await by('orders.cancel', { id, reason: '不需要了' })
        return id
      },
    }
    await sweep(as, {
      actions: ORDER_ACTIONS,
      states,
      authors: (role, caller) => (role === 'admin' || role === 'purchaser' ? [caller, buyer2] : [buyer2]),
      read: (caller, id) => caller('orders.get', { id }),
      run: (caller, action, id) => {
        if (action === 'edit')
          return caller('orders.update', { id, supplierId: supplier.id, warehouseId: 1, lines: lines(12_000) })
        if (action === 'reject') return caller('orders.reject', { id, comment: '价格偏高' })
        if (action === 'receive')
          return caller('orders.receive', { requestId: uuid(), id, lines: [{ lineNo: 1, acceptedMilli: 1000 }] })
        if (action === 'shortClose') return caller('orders.shortClose', { id, reason: '缺货' })
        if (action === 'cancel') return caller('orders.cancel', { id, reason: '不需要了' })
        return caller(`orders.${action}`, { id })
      },
      // Marking a sent order sent returns it unchanged.
      idempotent: (role, state, action) => action === 'markSent' && state === 'sent' && can(role, 'purchase.order'),
      snapshot: (id) => admin('orders.get', { id }),
    })
  })

  it('requisitions', async () => {
    const app = makeApp()
    const { admin, as, buyer2, boss2 } = await users(app)
    const supplier = await admin('suppliers.create', { code: 'S1', name: '晨光文具' })
    const item = await admin('items.create', { code: 'P1', name: '复印纸', unit: '包', defaultSupplierId: supplier.id })
    const dept = await admin('departments.create', { code: 'D1', name: '教务处' })
    const fields = { departmentId: dept.id, lines: [{ itemId: item.id, qtyMilli: 5_000 }] }
    const draft = async (by: Client) => (await by('requisitions.create', { requestId: uuid(), ...fields })).id
    const submitted = async (by: Client) => {
      const id = await draft(by)
      await by('requisitions.submit', { id })
      return id
    }
    const approved = async (by: Client) => {
      const id = await submitted(by)
      await boss2('requisitions.approve', { id })
      return id
    }
    const states = {
      draft,
      submitted,
      approved,
      rejected: async (by: Client) => {
        const id = await submitted(by)
        await boss2('requisitions.reject', { id, comment: '下月再买' })
        return id
      },
      ordered: async (by: Client) => {
        const id = await approved(by)
        await admin('requisitions.toOrders', {
          requestId: uuid(),
          warehouseId: 1,
          lines: [{ requisitionId: id, lineNo: 1 }],
        })
        return id
      },
    }
    await sweep(as, {
      actions: REQUISITION_ACTIONS,
      states,
      authors: (role, caller) => (role === 'viewer' ? [buyer2] : [caller, buyer2]),
      read: (caller, id) => caller('requisitions.get', { id }),
      run: (caller, action, id) => {
        if (action === 'edit')
          return caller('requisitions.update', { id, ...fields, lines: [{ itemId: item.id, qtyMilli: 6_000 }] })
        if (action === 'reject') return caller('requisitions.reject', { id, comment: '下月再买' })
        if (action === 'order')
          return caller('requisitions.toOrders', {
            requestId: uuid(),
            warehouseId: 1,
            lines: [{ requisitionId: id, lineNo: 1 }],
          })
        return caller(`requisitions.${action}`, { id })
      },
      idempotent: () => false,
      snapshot: (id) => admin('requisitions.get', { id }),
    })
  })
})
