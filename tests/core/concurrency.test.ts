/**
 * No oversell under concurrency: 20 stock-outs of 1 unit each, posted at the same moment from 5 processes
 * with their own connections (4 each), against 10 on hand — exactly 10 succeed, round after round; and
 8 receipts of 3 from 4 processes against an order of 10 — exactly 3.
 * Five processes rather than twenty: each one's start-up (tsx) costs seconds of CPU on a shared CI box,
 * and the race is between connections, which five have as much as twenty.
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../electron/core/app'
import { TEST_PASSWORD_COST } from '../../electron/core/auth/password'
import { createClient } from '../../electron/core/router'
import { verifyLedger } from '../../electron/core/stock/verify'
import { ADMIN_PASSWORD } from './helpers'

const WORKER = path.join(import.meta.dirname, 'workers/post-document.ts')

const answer = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve(String(message)))
    child.once('error', reject)
  })

/** Starts the posting processes and waits until each has its connection open. */
async function startPosters(dataDir: string, token: string, count: number): Promise<ChildProcess[]> {
  const children = Array.from({ length: count }, () =>
    fork(WORKER, [dataDir, token], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }),
  )
  await Promise.all(children.map(answer))
  return children
}

/** The next `count` answers of a process. */
const answers = (child: ChildProcess, count: number) =>
  new Promise<string[]>((resolve, reject) => {
    const got: string[] = []
    const onMessage = (message: unknown) => {
      got.push(String(message))
      if (got.length === count) {
        child.off('message', onMessage)
        resolve(got)
      }
    }
    child.on('message', onMessage)
    child.once('error', reject)
  })

/** Sends all documents (or calls) at once, dealt round the processes; returns every outcome. */
async function race(
  children: ChildProcess[],
  messages: ({ id: number } | { method: string; input: unknown })[],
): Promise<string[]> {
  const dealt = children.map((_, c) => messages.filter((_, i) => i % children.length === c))
  const outcomes = children.map((child, c) => answers(child, dealt[c].length))
  children.forEach((child, c) => dealt[c].forEach((message) => child.send(message)))
  return (await Promise.all(outcomes)).flat()
}

describe('concurrent posting', () => {
  it('never issues more than is on hand: 20 racing issues of 1 against 10 → exactly 10 post', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-race-'))
    const app = createApp({ dataDir, log: () => {}, passwordCost: TEST_PASSWORD_COST })
    try {
      const setup = await createClient(app.router)('auth.setup', {
        username: 'admin',
        displayName: '管理员',
        password: ADMIN_PASSWORD,
      })
      const admin = createClient(app.router, () => setup.token)
      const today = new Date().toLocaleDateString('sv-SE') // YYYY-MM-DD in local time
      const item = await admin('items.create', { name: '中性笔', unit: '支' })
      const department = await admin('departments.create', { code: 'D01', name: '校长办公室' })
      const posters = await startPosters(dataDir, setup.token, 5)
      for (let round = 1; round <= 5; round++) {
        const receipt = await admin('stock.createDraft', {
          requestId: crypto.randomUUID(),
          docType: 'RK',
          warehouseId: 1,
          businessDate: today,
          lines: [{ itemId: item.id, qtyMilli: 10_000, priceE4: 16_000 }],
        })
        await admin('stock.post', { id: receipt.id })
        const issues = []
        for (let i = 0; i < 20; i++) {
          issues.push(
            await admin('stock.createDraft', {
              requestId: crypto.randomUUID(),
              docType: 'CK',
              warehouseId: 1,
              businessDate: today,
              departmentId: department.id,
              lines: [{ itemId: item.id, qtyMilli: 1_000 }],
            }),
          )
        }
        const outcomes = await race(
          posters,
          issues.map((doc) => ({ id: doc.id })),
        )
        expect(outcomes.filter((o) => o === 'posted')).toHaveLength(10)
        expect(outcomes.filter((o) => o === 'INSUFFICIENT_STOCK')).toHaveLength(10)
        const [row] = (await admin('stock.onHand', {})).rows
        expect(row ?? { qtyMilli: 0, valueFen: 0 }).toMatchObject({ qtyMilli: 0, valueFen: 0 })
      }
      for (const poster of posters) poster.send('exit')
      expect(verifyLedger(app.core.db)).toEqual([])
    } finally {
      app.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)

  it('never receives more than ordered: 8 racing receipts of 3 against an order of 10 → exactly 3 post', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-race-'))
    const app = createApp({ dataDir, log: () => {}, passwordCost: TEST_PASSWORD_COST })
    try {
      const anonymous = createClient(app.router)
      const setup = await anonymous('auth.setup', {
        username: 'admin',
        displayName: '管理员',
        password: ADMIN_PASSWORD,
      })
      const admin = createClient(app.router, () => setup.token)
      await admin('users.create', {
        username: 'keeper',
        displayName: '仓管员',
        role: 'storekeeper',
        password: 'keeper-password',
      })
      const keeper = await anonymous('auth.login', { username: 'keeper', password: 'keeper-password' })
      // Orders below this threshold are approved on submit; no over-receipt is tolerated.
      await admin('purchase.updateSettings', {
        approvalThresholdFen: 10_000_000,
        secondApprovalThresholdFen: null,
        overReceiptTolerancePct: 0,
      })
      const supplier = await admin('suppliers.create', { code: 'S01', name: '晨光文具有限公司' })
      const item = await admin('items.create', { name: '中性笔', unit: '支' })
      const receivers = await startPosters(dataDir, keeper.token, 4)
      for (let round = 1; round <= 3; round++) {
        const order = await admin('orders.create', {
          requestId: crypto.randomUUID(),
          supplierId: supplier.id,
          warehouseId: 1,
          lines: [{ itemId: item.id, qtyMilli: 10_000, priceE4: 15_000 }],
        })
        await admin('orders.submit', { id: order.id })
        const outcomes = await race(
          receivers,
          Array.from({ length: 8 }, () => ({
            method: 'orders.receive',
            input: { requestId: crypto.randomUUID(), id: order.id, lines: [{ lineNo: 1, acceptedMilli: 3_000 }] },
          })),
        )
        expect(outcomes.filter((o) => o === 'posted')).toHaveLength(3)
        expect(outcomes.filter((o) => o === 'FORBIDDEN')).toHaveLength(5)
        expect(await admin('orders.get', { id: order.id })).toMatchObject({
          status: 'partial',
          lines: [{ receivedMilli: 9_000 }],
        })
      }
      for (const receiver of receivers) receiver.send('exit')
      expect(verifyLedger(app.core.db)).toEqual([])
    } finally {
      app.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
