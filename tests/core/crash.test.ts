/**
 * Crash safety: a child process posts in a loop and is killed with SIGKILL at a random moment; after
 * each kill the database reopens with `PRAGMA integrity_check` ok, every posting the child acknowledged
 * is there, no document is half-posted and the ledger invariants hold. Eight rounds on one file.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp, DB_FILE } from '../../electron/core/app'
import { TEST_PASSWORD_COST } from '../../electron/core/auth/password'
import type { Db } from '../../electron/core/db/open'
import { createClient } from '../../electron/core/router'
import { verifyLedger } from '../../electron/core/stock/verify'
import { ADMIN_PASSWORD } from './helpers'

const WORKER = path.join(import.meta.dirname, 'workers/crash-poster.ts')
const ROUNDS = 8

interface Ack {
  id: number
  docNo: string
}

interface Round {
  acks: Ack[]
  /** Lines that were not acknowledgements; there should be none. */
  junk: string[]
  delayMs: number
  code: number | null
  signal: NodeJS.Signals | null
}

/**
 * Runs the poster until it has acknowledged its first posting, lets it run a random 150–900 ms more,
 * then SIGKILLs it. Resolves once it has exited and its stdout is drained.
 */
function runAndKill(args: string[]): Promise<Round> {
  const delayMs = 150 + Math.floor(Math.random() * 751)
  const child = fork(WORKER, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
  const acks: Ack[] = []
  const junk: string[] = []
  let pending = ''
  let kill: NodeJS.Timeout | undefined
  // A worker that never acknowledges anything is killed too; the test then fails on its zero ACKs.
  const deadline = setTimeout(() => child.kill('SIGKILL'), 20_000)
  child.stdout!.setEncoding('utf8')
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop()! // an unfinished line is not an acknowledgement
    for (const line of lines) {
      const match = /^ACK (\d+) (\S+)$/.exec(line)
      if (!match) {
        junk.push(line)
        continue
      }
      acks.push({ id: Number(match[1]), docNo: match[2] })
      kill ??= setTimeout(() => child.kill('SIGKILL'), delayMs)
    }
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => {
      clearTimeout(deadline)
      clearTimeout(kill)
      resolve({ acks, junk, delayMs, code, signal })
    })
  })
}

/** Documents whose movements do not match their lines one for one: posted without them, or a draft with some. */
function halfPosted(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT d.id, d.status, d.doc_type, d.doc_no, d.reverses_id,
         (SELECT count(*) FROM document_lines l WHERE l.document_id = d.id) AS lines,
         (SELECT count(*) FROM stock_movements m WHERE m.document_id = d.id) AS movements,
         (SELECT count(*) FROM document_lines l WHERE l.document_id = d.id AND NOT EXISTS (
            SELECT 1 FROM stock_movements m
            WHERE m.document_id = l.document_id AND m.line_no = l.line_no AND m.item_id = l.item_id
              AND m.qty_delta = l.qty_milli
                * (CASE d.doc_type WHEN 'CK' THEN -1 ELSE 1 END)
                * (CASE WHEN d.reverses_id IS NULL THEN 1 ELSE -1 END)
              AND (d.reverses_id IS NULL) = (m.reversal_of IS NULL))) AS unmatched
       FROM documents d`,
    )
    .all()
    .filter((row) => {
      const doc = row as {
        status: string
        reverses_id: number | null
        lines: number
        movements: number
        unmatched: number
      }
      if (doc.status === 'draft') return doc.movements > 0 || doc.reverses_id !== null // a reversal is never left a draft
      return doc.lines === 0 || doc.movements !== doc.lines || doc.unmatched > 0
    })
}

/** Acknowledged documents that are missing, not posted, or carry another number. */
function lostAcks(db: Db, acks: Ack[]): unknown[] {
  const find = db.prepare('SELECT status, doc_no FROM documents WHERE id = ?')
  return acks
    .map((ack) => ({ ack, found: find.get(ack.id) as { status: string; doc_no: string | null } | undefined }))
    .filter(({ ack, found }) => found?.status !== 'posted' || found.doc_no !== ack.docNo)
}

/** Number counters that moved without a posted document, or documents numbered past their counter. */
function sequenceGaps(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT s.prefix, s.day, s.last_no,
         (SELECT count(*) FROM documents d WHERE d.status = 'posted' AND d.doc_no LIKE s.prefix || s.day || '-%')
           AS posted
       FROM doc_sequences s`,
    )
    .all()
    .filter((row) => (row as { last_no: number; posted: number }).last_no !== (row as { posted: number }).posted)
}

describe('crash safety', () => {
  it('survives SIGKILL in the middle of posting: acknowledged postings kept, nothing half-posted', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-crash-'))
    try {
      const setupApp = createApp({ dataDir, log: () => {}, passwordCost: TEST_PASSWORD_COST })
      let args: string[]
      try {
        const setup = await createClient(setupApp.router)('auth.setup', {
          username: 'admin',
          displayName: '管理员',
          password: ADMIN_PASSWORD,
        })
        const admin = createClient(setupApp.router, () => setup.token)
        const department = await admin('departments.create', { code: 'D01', name: '校长办公室' })
        const items = []
        for (const [name, unit] of [
          ['中性笔', '支'],
          ['A4 复印纸', '包'],
          ['文件夹', '个'],
          ['订书钉', '盒'],
          ['胶水', '瓶'],
        ]) {
          items.push(await admin('items.create', { name, unit }))
        }
        args = [path.join(dataDir, DB_FILE), setup.token, String(department.id), items.map((i) => i.id).join(',')]
      } finally {
        setupApp.close()
      }

      const acknowledged: Ack[] = []
      const rounds: Round[] = []
      for (let round = 1; round <= ROUNDS; round++) {
        const result = await runAndKill(args)
        rounds.push(result)
        acknowledged.push(...result.acks)
        // Killed by us while still posting — not exited on its own (an error in the worker exits 1).
        expect(result, `round ${round}`).toMatchObject({ junk: [], code: null, signal: 'SIGKILL' })

        const app = createApp({ dataDir, log: () => {}, passwordCost: TEST_PASSWORD_COST }) // reopening recovers from the WAL the kill left
        try {
          const db = app.core.db
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
          expect(db.pragma('foreign_key_check'), `round ${round}`).toEqual([])
          expect(lostAcks(db, acknowledged), `round ${round}: acknowledged postings`).toEqual([])
          expect(halfPosted(db), `round ${round}: half-posted documents`).toEqual([])
          expect(sequenceGaps(db), `round ${round}: number counters`).toEqual([])
          expect(verifyLedger(db), `round ${round}: ledger`).toEqual([])
          const negative = db.prepare('SELECT * FROM stock_balances WHERE qty_milli < 0 OR value_fen < 0').all()
          expect(negative, `round ${round}: balances`).toEqual([])
        } finally {
          app.close()
        }
      }
      expect(rounds.every((r) => r.acks.length > 0)).toBe(true)
      expect(acknowledged.length).toBeGreaterThan(ROUNDS)
      expect(new Set(acknowledged.map((a) => a.id)).size).toBe(acknowledged.length)
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 90_000)
})
