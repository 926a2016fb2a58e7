/**
 * The bench ledger: 1,000,000 posted movements over the two years before the seed day, on 100k items,
 * mostly in the main warehouse, with one busy item carrying 10,000 of them (the item-ledger case).
 *
 * Posting a million lines through stock.post would take hours, so the rows are written with prepared
 * INSERTs, one transaction per batch of days — but as a valid ledger: every movement is valued with the
 * ledger's own `step` in (business date, id) order, the documents, lines, numbers and balances are what
 * postings would have left, and the seed runs verifyLedger before anything is measured.
 */
import type { App } from '../electron/core/app'
import type { Db } from '../electron/core/db/open'
import { step, type MovementRow } from '../electron/core/stock/ledger'
import { getSetting } from '../electron/core/system/settings'
import { lineAmountFen } from '../electron/shared/money'
import type { Client } from './cases/types'
import type { Rng } from './rng'

export const LEDGER = {
  movements: 1_000_000,
  /** Business dates run over this many days, ending the day before the seed. */
  days: 730,
  /** The item of the item-ledger case, with this many movements in the main warehouse. */
  busyItemId: 12_345,
  busyMovements: 10_000,
  /** Every tenth item also moves in a second warehouse, about half of its movements there. */
  secondWarehouseEvery: 10,
  /** The on-hand case asks for the balance at the end of this day, counted back from the seed day. */
  asOfDaysBack: 365,
  /** The month close (期末结账) is on, through this many days before the seed day. */
  closedDaysBack: 31,
} as const

/** The main warehouse: WH01, made by the first migration. */
export const MAIN_WAREHOUSE = 1

const DAYS_PER_TRANSACTION = 10
const ISSUE_SHARE = 0.5
const ISSUE_ALL_SHARE = 0.15
const DOC_LINES: [number, number] = [20, 50]

/** YYYY-MM-DD plus `days` (negative: back), by the calendar — no time zone involved. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

interface Line {
  itemId: number
  /** 0 for the main warehouse, 1 for the second. */
  slot: number
  qtyMilli: number
  priceE4: number
}

export interface LedgerSeed {
  documents: number
  movements: number
}

/**
 * Makes the second warehouse and a department through the router, writes the ledger, then closes the
 * period through the router, so every posting the bench measures passes the period check for real.
 */
export async function seedLedger(app: App, call: Client, items: number, seededOn: string, rng: Rng) {
  if (LEDGER.busyItemId > items) throw new Error(`the busy item ${LEDGER.busyItemId} is beyond ${items} items`)
  const second = await call('warehouses.create', { code: 'WH02', name: '分仓' })
  const department = await call('departments.create', { code: 'D01', name: '生产部', parentId: null })
  const me = await call('auth.me')
  const seed = insertLedger(app.core.db, {
    items,
    seededOn,
    userId: me.id,
    warehouseIds: [MAIN_WAREHOUSE, second.id],
    departmentId: department.id,
    rng,
  })
  await call('periods.close', { through: addDays(seededOn, -LEDGER.closedDaysBack) })
  return seed
}

interface InsertOptions {
  items: number
  seededOn: string
  userId: number
  warehouseIds: [number, number]
  departmentId: number
  rng: Rng
}

function insertLedger(db: Db, options: InsertOptions): LedgerSeed {
  const { items, seededOn, userId, warehouseIds, departmentId, rng } = options
  const { days } = LEDGER
  const byDay = planEvents(items, rng)

  // Receipts are priced around the item's reference price (±20%), as purchases would be.
  const refPrice = new Float64Array(items + 1)
  for (const row of db.prepare('SELECT id, ref_price_e4 FROM items WHERE id <= ?').iterate(items) as Iterable<{
    id: number
    ref_price_e4: number
  }>) {
    refPrice[row.id] = row.ref_price_e4
  }

  // Per (item, warehouse slot): the quantity the plan has committed, and the valued running balance.
  const slots = (items + 1) * 2
  const planQty = new Float64Array(slots)
  const runQty = new Float64Array(slots)
  const runValue = new Float64Array(slots)
  const touched = new Uint8Array(slots)

  const prefix = { RK: getSetting(db, 'docPrefix.RK'), CK: getSetting(db, 'docPrefix.CK') }
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, doc_type, subtype, status, request_id, business_date, warehouse_id, department_id,
       created_by, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertLine = db.prepare(
    'INSERT INTO document_lines (document_id, line_no, item_id, qty_milli, price_e4, amount_fen) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertMovement = db.prepare(
    `INSERT INTO stock_movements (id, document_id, line_no, item_id, warehouse_id, business_date, qty_delta,
       value_in_fen, value_fen, run_qty, run_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // Lines go in while the document is a draft (posted documents refuse new lines), as in real life.
  const markPosted = db.prepare(
    "UPDATE documents SET status = 'posted', doc_no = ?, posted_by = ?, posted_at = ?, updated_at = ? WHERE id = ?",
  )
  const insertSequence = db.prepare('INSERT INTO doc_sequences (prefix, day, last_no) VALUES (?, ?, ?)')
  const noOther = (id: number): number => {
    throw new Error(`the seed has no reversals or transfers (asked for movement ${id})`)
  }

  let documentId = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM documents').get() as { n: number }).n
  let movementId = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM stock_movements').get() as { n: number }).n
  const first = { documentId, movementId }

  /** Decides each of the day's movements on the planned quantity, so no issue exceeds what is on hand. */
  const planDay = (events: readonly number[]) => {
    const lines: Line[][] = [[], [], [], []] // [slot 0 receipts, slot 0 issues, slot 1 receipts, slot 1 issues]
    for (const event of events) {
      const itemId = event >> 1
      const slot = event & 1
      const key = itemId * 2 + slot
      const units = planQty[key] / 1000
      if (units >= 1 && rng.next() < ISSUE_SHARE) {
        const out = rng.next() < ISSUE_ALL_SHARE ? units : rng.int(1, Math.max(1, Math.floor(units / 2)))
        planQty[key] -= out * 1000
        lines[slot * 2 + 1].push({ itemId, slot, qtyMilli: out * 1000, priceE4: 0 })
      } else {
        const qty = rng.int(1, 200) * 1000 // whole units: valid for every unit's decimals
        const ref = refPrice[itemId] || 100_000
        planQty[key] += qty
        lines[slot * 2].push({ itemId, slot, qtyMilli: qty, priceE4: Math.round(ref * (0.8 + 0.4 * rng.next())) })
      }
    }
    return lines
  }

  /**
   * Writes the day's documents — receipts first, then issues, per warehouse — valuing each line with
   * the ledger's step. Receipts before issues means every issue finds at least the planned quantity.
   */
  const writeDay = (date: string, lines: Line[][]) => {
    const at = `${date}T02:00:00.000Z`
    const sequence = { RK: 0, CK: 0 }
    for (let group = 0; group < lines.length; group++) {
      const docType = group % 2 === 0 ? 'RK' : 'CK'
      const slot = group >> 1
      const warehouseId = warehouseIds[slot]
      const pending = lines[group]
      for (let start = 0; start < pending.length;) {
        const size = rng.int(DOC_LINES[0], DOC_LINES[1])
        const docLines = pending.slice(start, start + size)
        start += size
        documentId++
        insertDocument.run(
          documentId,
          docType,
          docType === 'RK' ? 'other' : 'issue',
          `bench-seed-${documentId}`,
          date,
          warehouseId,
          docType === 'CK' ? departmentId : null,
          userId,
          at,
          at,
        )
        docLines.forEach((line, index) => {
          const key = line.itemId * 2 + slot
          const receipt = docType === 'RK'
          const amountFen = receipt ? lineAmountFen(line.qtyMilli, line.priceE4) : 0
          const row: MovementRow = {
            id: ++movementId,
            business_date: date,
            qty_delta: receipt ? line.qtyMilli : -line.qtyMilli,
            value_in_fen: receipt ? amountFen : null,
            value_fen: 0,
            run_qty: 0,
            run_value: 0,
            reversal_of: null,
            transfer_of: null,
            reversed: 0,
          }
          const next = step(row, runQty[key], runValue[key], noOther)
          if (next.qty < 0 || next.value < 0) throw new Error(`seed bug: negative balance at movement ${row.id}`)
          runQty[key] = next.qty
          runValue[key] = next.value
          touched[key] = 1
          insertLine.run(documentId, index + 1, line.itemId, line.qtyMilli, line.priceE4, amountFen)
          insertMovement.run(
            row.id,
            documentId,
            index + 1,
            line.itemId,
            warehouseId,
            date,
            row.qty_delta,
            row.value_in_fen,
            next.delta,
            next.qty,
            next.value,
          )
        })
        const no = ++sequence[docType]
        const docNo = `${prefix[docType]}${date.replaceAll('-', '')}-${String(no).padStart(4, '0')}`
        markPosted.run(docNo, userId, at, at, documentId)
      }
    }
    for (const docType of ['RK', 'CK'] as const) {
      if (sequence[docType] > 0) insertSequence.run(prefix[docType], date.replaceAll('-', ''), sequence[docType])
    }
  }

  for (let from = 0; from < days; from += DAYS_PER_TRANSACTION) {
    db.transaction(() => {
      for (let day = from; day < Math.min(days, from + DAYS_PER_TRANSACTION); day++) {
        writeDay(addDays(seededOn, day - days), planDay(byDay[day]))
      }
    }).immediate()
  }

  // What revalue leaves: a balance row per (item, warehouse) that ever moved, zero or not.
  const insertBalance = db.prepare(
    'INSERT INTO stock_balances (item_id, warehouse_id, qty_milli, value_fen) VALUES (?, ?, ?, ?)',
  )
  db.transaction(() => {
    for (let key = 0; key < slots; key++) {
      if (touched[key]) insertBalance.run(key >> 1, warehouseIds[key & 1], runQty[key], runValue[key])
    }
  }).immediate()
  return { documents: documentId - first.documentId, movements: movementId - first.movementId }
}

/**
 * Which (item, warehouse slot) moves on which day, encoded as itemId * 2 + slot, shuffled within each
 * day so the busy item's lines are spread over the day's documents rather than bunched in the first.
 */
function planEvents(items: number, rng: Rng): number[][] {
  const { movements, days, busyItemId, busyMovements, secondWarehouseEvery } = LEDGER
  const byDay: number[][] = Array.from({ length: days }, () => [])
  for (let n = 0; n < movements; n++) {
    let event: number
    if (n < busyMovements) {
      event = busyItemId * 2
    } else {
      let itemId = rng.int(1, items)
      while (itemId === busyItemId) itemId = rng.int(1, items)
      const slot = itemId % secondWarehouseEvery === 0 && rng.next() < 0.5 ? 1 : 0
      event = itemId * 2 + slot
    }
    byDay[rng.int(0, days - 1)].push(event)
  }
  for (const events of byDay) {
    for (let i = events.length - 1; i > 0; i--) {
      const j = rng.int(0, i)
      ;[events[i], events[j]] = [events[j], events[i]]
    }
  }
  return byDay
}
