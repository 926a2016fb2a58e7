/**
 * The actions the core lists with a document are exactly the ones it lets the caller do: a generated
 * table over roles × document states × (author or not). For every action, a fresh document is brought
 * into the state, read as the caller, and the action tried: listed ⇒ it succeeds, unlisted ⇒ it is
 * refused (FORBIDDEN or CONFLICT) — or, for a repeat the core answers idempotently, nothing changes.
 * Real SQLite, through the router.
 */
import { describe, expect, it } from 'vitest'
import { ORDER_ACTIONS, REQUISITION_ACTIONS, STOCK_ACTIONS, type Role } from '../../electron/shared/contract'
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
async function readState(snapshot: (id: number) => Promise<unknown>, id: number): Promise<unknown> {
  try {
    return await snapshot(id)
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return 'gone'
    throw error
  }
}

/** Checks one state for one caller: every action, each on its own fresh document. */
async function checkTable<A extends string, S extends string>(
  label: string,
  actions: readonly A[],
  make: () => Promise<number>,
  read: (id: number) => Promise<{ actions: A[] }>,
  run: (action: A, id: number) => Promise<unknown>,
  idempotent: (action: A) => boolean,
  snapshot: (id: number) => Promise<unknown>,
  rows: string[],
  state: S,
): Promise<void> {
  const listed = (await read(await make())).actions
  for (const action of actions) {
    const id = await make()
    expect((await read(id)).actions, `${label}: the same state lists the same actions`).toEqual(listed)
    const before = await readState(snapshot, id)
    const outcome = await attempt(() => run(action, id))
    const after = await readState(snapshot, id)
    const expected = listed.includes(action) ? 'ok' : idempotent(action) ? 'ok' : 'refused'
    rows.push(`${label} ${state} ${action}: ${outcome}`)
    expect(outcome, `${label} ${state} ${action}`).toBe(expected)
    // A listed action does what it says (a silent no-op would pass for success); any other changes nothing.
    if (listed.includes(action)) expect(after, `${label} ${state} ${action} changes it`).not.toEqual(before)
    else expect(after, `${label} ${state} ${action} changes nothing`).toEqual(before)
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
    const rows: string[] = []
    for (const role of ROLES) {
      const caller = as[role]
      // Stock documents do not depend on their author; both are tried where the caller may create one.
      const authors = role === 'admin' || role === 'storekeeper' ? [caller, keeper2] : [keeper2]
      for (const [n, author] of authors.entries()) {
        for (const [state, make] of Object.entries(states)) {
          await checkTable(
            `${role}${n === 0 && authors.length > 1 ? ' (author)' : ''}`,
            STOCK_ACTIONS,
            () => make(author),
            (id) =>
              state.startsWith('stocktake') ? caller('stock.stocktakeGet', { id }) : caller('stock.get', { id }),
            async (action, id) => {
              const doc = await admin('stock.get', { id })
              if (action === 'edit') {
                const { warehouseId, businessDate } = doc
                return caller('stock.updateDraft', {
                  id,
                  warehouseId,
                  businessDate,
                  lines: [{ ...line, qtyMilli: 2000 }],
                })
              }
              if (action === 'count')
                return caller('stock.stocktakeCount', {
                  id,
                  counts: [{ itemId: item.id, countedMilli: 0, reason: '盘亏' }],
                })
              if (action === 'post') return caller('stock.post', { id })
              if (action === 'delete') return caller('stock.deleteDraft', { id })
              return caller('stock.reverse', { id, requestId: uuid() })
            },
            // 审核 of a posted document and 红冲 of a reversed one return what is there.
            (action) =>
              (action === 'post' &&
                state !== 'draft' &&
                state !== 'stocktake' &&
                role !== 'purchaser' &&
                role !== 'viewer') ||
              (action === 'reverse' && state === 'reversed' && ['admin', 'storekeeper', 'approver'].includes(role)),
            async (id) => ({
              documents: count(app, 'documents'),
              doc: await (state.startsWith('stocktake')
                ? admin('stock.stocktakeGet', { id })
                : admin('stock.get', { id })),
            }),
            rows,
            state,
          )
        }
      }
    }
    // The table covers every action as both listed and refused somewhere.
    for (const action of STOCK_ACTIONS) {
      expect(rows.some((row) => row.includes(` ${action}: ok`))).toBe(true)
      expect(rows.some((row) => row.includes(` ${action}: refused`))).toBe(true)
    }
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
    const rows: string[] = []
    for (const role of ROLES) {
      const caller = as[role]
      const authors = role === 'admin' || role === 'purchaser' ? [caller, buyer2] : [buyer2]
      for (const [n, author] of authors.entries()) {
        for (const [state, make] of Object.entries(states)) {
          await checkTable(
            `${role}${n === 0 && authors.length > 1 ? ' (author)' : ''}`,
            ORDER_ACTIONS,
            () => make(author),
            (id) => caller('orders.get', { id }),
            (action, id) => {
              if (action === 'edit')
                return caller('orders.update', { id, supplierId: supplier.id, warehouseId: 1, lines: lines(12_000) })
              if (action === 'approve') return caller('orders.approve', { id })
              if (action === 'reject') return caller('orders.reject', { id, comment: '价格偏高' })
              if (action === 'receive')
                return caller('orders.receive', { requestId: uuid(), id, lines: [{ lineNo: 1, acceptedMilli: 1000 }] })
              if (action === 'shortClose') return caller('orders.shortClose', { id, reason: '缺货' })
              if (action === 'cancel') return caller('orders.cancel', { id, reason: '不需要了' })
              return caller(`orders.${action}`, { id })
            },
            // Marking a sent order sent returns it unchanged.
            (action) => action === 'markSent' && state === 'sent' && (role === 'admin' || role === 'purchaser'),
            (id) => admin('orders.get', { id }),
            rows,
            state,
          )
        }
      }
    }
    for (const action of ORDER_ACTIONS) {
      expect(rows.some((row) => row.includes(` ${action}: ok`))).toBe(true)
      expect(rows.some((row) => row.includes(` ${action}: refused`))).toBe(true)
    }
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
    const rows: string[] = []
    for (const role of ROLES) {
      const caller = as[role]
      const authors = role === 'viewer' ? [buyer2] : [caller, buyer2]
      for (const [n, author] of authors.entries()) {
        for (const [state, make] of Object.entries(states)) {
          await checkTable(
            `${role}${n === 0 && authors.length > 1 ? ' (author)' : ''}`,
            REQUISITION_ACTIONS,
            () => make(author),
            (id) => caller('requisitions.get', { id }),
            (action, id) => {
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
            () => false,
            (id) => admin('requisitions.get', { id }),
            rows,
            state,
          )
        }
      }
    }
    for (const action of REQUISITION_ACTIONS) {
      expect(rows.some((row) => row.includes(` ${action}: ok`))).toBe(true)
      expect(rows.some((row) => row.includes(` ${action}: refused`))).toBe(true)
    }
  })
})
