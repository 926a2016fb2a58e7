/**
 * Client request ids: one id is one call — caller, method, target and body. A repeat of the same call
 * returns the first result and writes nothing; the id reused for anything else is a CONFLICT and writes
 * nothing either. Real SQLite through the router.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../../electron/core/router'
import { ApiError } from '../../electron/shared/errors'
import { ADMIN_PASSWORD, count, errorOf, makeApp, setupAdmin, userClient, type Client } from './helpers'
import { bounded } from './property'
import Database from 'better-sqlite3'
import { migrations } from '../../electron/core/db/migrations'

type App = ReturnType<typeof makeApp>

async function setup(app: App = makeApp()) {
  const admin = await setupAdmin(app)
  const keeper = await userClient(app, admin, 'keeper', 'storekeeper')
  const paper = await admin('items.create', { code: 'WZ10001', name: 'A4复印纸', unit: '包' })
  await admin('departments.create', { code: 'D01', name: '教务处' })
  return { app, admin, keeper, paper }
}

const receipt = (itemId: number, qtyMilli: number, requestId: string = crypto.randomUUID()) => ({
  requestId,
  docType: 'RK' as const,
  warehouseId: 1,
  businessDate: '2026-11-26',
  lines: [{ itemId, qtyMilli, priceE4: 25_000 }],
})

/** Everything a call could have written. */
const written = (app: App) => ({
  documents: count(app, 'documents'),
  lines: count(app, 'document_lines'),
  movements: count(app, 'stock_movements'),
  requests: count(app, 'request_log'),
  audit: count(app, 'audit_log'),
})

async function conflictOf(call: Promise<unknown>): Promise<string> {
  const error = await errorOf(call)
  expect(error.code).toBe('CONFLICT')
  return error.text.zh
}

describe('request ids', () => {
  it('answers a repeated call with its first result and writes it once', async () => {
    const { app, admin, paper } = await setup()
    const input = receipt(paper.id, 2_000)
    const first = await admin('stock.createDraft', input)
    const before = written(app)
    // The same call again, also with the fields in another order and the defaults spelled out.
    const again = await admin('stock.createDraft', { ...input })
    const spelled = await admin('stock.createDraft', {
      lines: input.lines,
      note: '',
      reason: '',
      businessDate: input.businessDate,
      warehouseId: 1,
      docType: 'RK',
      requestId: input.requestId,
    })
    expect(again).toEqual(first)
    expect(spelled).toEqual(first)
    expect(written(app)).toEqual(before)
    expect(before).toMatchObject({ documents: 1, requests: 1 })
    const row = app.core.db.prepare('SELECT user_id, method, target, body_hash FROM request_log').get()
    expect(row).toMatchObject({ user_id: 1, method: 'stock.createDraft', target: '' })
    expect((row as { body_hash: string }).body_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('makes 集中采购 from reorder suggestions once per request, where a repeat used to fail', async () => {
    const { app, admin, paper } = await setup()
    const supplier = await admin('suppliers.create', { code: 'S01', name: '晨光文具有限公司' })
    const input = {
      requestId: crypto.randomUUID(),
      warehouseId: 1,
      lines: [{ itemId: paper.id, qtyMilli: 5_000, supplierId: supplier.id }],
    }
    const first = await admin('purchase.reorderToOrders', input)
    expect(await admin('purchase.reorderToOrders', input)).toEqual(first)
    expect(count(app, 'purchase_orders')).toBe(1)
  })

  it('refuses the id reused by another user, for another method, target or body, and writes nothing', async () => {
    const { app, admin, keeper, paper } = await setup()
    const a = await admin('stock.post', { id: (await admin('stock.createDraft', receipt(paper.id, 5_000))).id })
    const b = await admin('stock.post', { id: (await admin('stock.createDraft', receipt(paper.id, 5_000))).id })
    const draftId = crypto.randomUUID()
    await admin('stock.createDraft', receipt(paper.id, 1_000, draftId))
    const reverseId = crypto.randomUUID()
    await admin('stock.reverse', { id: a.id, requestId: reverseId })
    const cases: [string, () => Promise<unknown>, string][] = [
      ['another user', () => keeper('stock.createDraft', receipt(paper.id, 1_000, draftId)), '其他用户'],
      ['another method', () => admin('stock.stocktakeCreate', { requestId: draftId, warehouseId: 1 }), '另一操作'],
      ['another method, same table', () => admin('stock.reverse', { id: b.id, requestId: draftId }), '另一操作'],
      ['another table', () => admin('requisitions.create', requisition(draftId)), '另一操作'],
      ['another target', () => admin('stock.reverse', { id: b.id, requestId: reverseId }), '另一对象'],
      ['another body', () => admin('stock.createDraft', receipt(paper.id, 2_000, draftId)), '内容不同'],
    ]
    for (const [name, call, words] of cases) {
      const before = written(app)
      expect(await conflictOf(call()), name).toContain(words)
      expect(written(app), name).toEqual(before)
    }
    expect(count(app, 'requisitions')).toBe(0)
  })

  it('keeps ids recorded before request_log: the migration carries them over from their tables', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-request-'))
    dirs.push(dir)
    const file = path.join(dir, 'waredesk.db')
    const { app, admin, paper } = await setup(makeApp({ file }))
    const draftId = crypto.randomUUID()
    const draft = await admin('stock.createDraft', receipt(paper.id, 1_000, draftId))
    const posted = await admin('stock.post', { id: (await admin('stock.createDraft', receipt(paper.id, 3_000))).id })
    const reverseId = crypto.randomUUID()
    const reversal = await admin('stock.reverse', { id: posted.id, requestId: reverseId })
    const requisitionId = crypto.randomUUID()
    await admin('requisitions.create', requisition(requisitionId))
    // Back to a version-5 database: the same data without the tables of migration 6 (request_log) and later.
    for (const table of tablesAddedAfter(5)) app.core.db.exec(`DROP TABLE ${table}`)
    app.core.db.pragma('user_version = 5')
    app.close()
    const migrated = makeApp({ file })
    const db = migrated.core.db
    expect(
      db.prepare('SELECT request_id, user_id, method, target, body_hash FROM request_log ORDER BY at').all(),
    ).toEqual(
      expect.arrayContaining([
        { request_id: draftId, user_id: 1, method: 'stock.createDraft', target: '', body_hash: null },
        { request_id: reverseId, user_id: 1, method: 'stock.reverse', target: String(posted.id), body_hash: null },
        { request_id: requisitionId, user_id: 1, method: 'requisitions.create', target: '', body_hash: null },
      ]),
    )
    const sessions = await signIn(migrated)
    // The same caller, method and target: the route answers from its own table, as before.
    expect((await sessions.admin('stock.createDraft', receipt(paper.id, 1_000, draftId))).id).toBe(draft.id)
    expect((await sessions.admin('stock.reverse', { id: posted.id, requestId: reverseId })).id).toBe(reversal.id)
    // Anything else is refused.
    expect(await conflictOf(sessions.admin('stock.stocktakeCreate', { requestId: draftId, warehouseId: 1 }))).toContain(
      '另一操作',
    )
    expect(await conflictOf(sessions.keeper('stock.createDraft', receipt(paper.id, 1_000, draftId)))).toContain(
      '其他用户',
    )
    expect(count(migrated, 'documents')).toBe(3)
    migrated.close()
  })

  it('property: random replays return the first result or a conflict, and never write twice', async () => {
    const { app, admin, keeper, paper } = await setup()
    const users: Record<'admin' | 'keeper', Client> = { admin, keeper }
    const call = fc.record({
      id: fc.integer({ min: 0, max: 2 }),
      user: fc.constantFrom('admin' as const, 'keeper' as const),
      method: fc.constantFrom('stock.createDraft' as const, 'stock.stocktakeCreate' as const),
      qty: fc.constantFrom(1_000, 2_000),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 8 }), async (calls) => {
        const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()]
        const first = new Map<string, { key: string; result: unknown }>()
        for (const c of calls) {
          const requestId = ids[c.id]
          const key = `${c.user}/${c.method}/${c.method === 'stock.createDraft' ? c.qty : ''}`
          const input =
            c.method === 'stock.createDraft' ? receipt(paper.id, c.qty, requestId) : { requestId, warehouseId: 1 }
          const before = written(app)
          const outcome = await users[c.user](c.method, input).then(
            (result) => ({ ok: true as const, result }),
            (error: unknown) => ({ ok: false as const, error }),
          )
          const earlier = first.get(requestId)
          if (!earlier) {
            expect(outcome.ok).toBe(true)
            if (outcome.ok) first.set(requestId, { key, result: outcome.result })
            expect(written(app).requests).toBe(before.requests + 1)
          } else if (earlier.key === key) {
            expect(outcome).toEqual({ ok: true, result: earlier.result })
            expect(written(app)).toEqual(before)
          } else {
            expect(outcome.ok).toBe(false)
            expect(!outcome.ok && outcome.error instanceof ApiError && outcome.error.code).toBe('CONFLICT')
            expect(written(app)).toEqual(before)
          }
        }
        expect(count(app, 'documents')).toBe(count(app, 'request_log'))
      }),
      bounded(25),
    )
  }, 120_000)
})

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function requisition(requestId: string) {
  return { requestId, departmentId: 1, lines: [{ name: '订书钉', unit: '盒', qtyMilli: 1_000 }] }
}

/** Sessions on a reopened database (its sessions table kept the old ones, but sign in afresh). */
async function signIn(app: App) {
  const as = async (username: string, password: string) => {
    const session = await createClient(app.router)('auth.login', { username, password })
    return createClient(app.router, () => session.token)
  }
  return { admin: await as('admin', ADMIN_PASSWORD), keeper: await as('keeper', 'keeper-password') }
}

/** The tables the migrations after `version` create, found by applying all of them to a scratch database. */
function tablesAddedAfter(version: number): string[] {
  const scratch = new Database(':memory:')
  const tables = () =>
    new Set(
      (scratch.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    )
  for (const migration of migrations.filter((m) => m.version <= version)) scratch.exec(migration.sql)
  const before = tables()
  for (const migration of migrations.filter((m) => m.version > version)) scratch.exec(migration.sql)
  const added = [...tables()].filter((name) => !before.has(name))
  scratch.close()
  // Dependants first: a later table may reference an earlier one of these.
  return added.reverse()
}
