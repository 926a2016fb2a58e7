/**
 * 盘点 (stocktake): a draft 盘点单 holds a snapshot of the book quantities of a warehouse (or of a
 * category / location in it) and the counts. Posting it writes the differences as a 盘盈 stock-in and
 * a 盘亏 stock-out that name it, posted in the same transaction.
 *
 * Movements posted while a count is open: the difference is counted − the book quantity at posting,
 * so the count is taken to be of the shelf as it is when posted. Lines whose stock moved after the
 * snapshot are flagged (movedSinceSnapshot) so the counter recounts them before posting.
 */
import type { ParsedInput, Role, Stocktake, StocktakeLine } from '../../shared/contract'
import { badInput, conflict, notFound } from '../../shared/errors'
import { averagePriceE4, formatQuantity, lineAmountFen, proportionalFen } from '../../shared/money'
import { localDate, timestamp, type Core } from '../context'
import type { Db } from '../db/open'
import { getItem } from '../items/repository'
import { getSetting } from '../system/settings'
import { allocateDocNo, getDocument, insertDraft, markPosted } from './documents'
import { checkPostingDate, checkWarehouse, postDocument, requireDraft } from './service'

interface Balance {
  qty: number
  value: number
  lastMovement: number
}

function balanceOf(db: Db, itemId: number, warehouseId: number): Balance {
  const row = db
    .prepare(
      `SELECT coalesce(b.qty_milli, 0) AS qty, coalesce(b.value_fen, 0) AS value,
         coalesce((SELECT max(id) FROM stock_movements m WHERE m.item_id = @itemId AND m.warehouse_id = @warehouseId), 0)
           AS lastMovement
       FROM (SELECT 1) LEFT JOIN stock_balances b ON b.item_id = @itemId AND b.warehouse_id = @warehouseId`,
    )
    .get({ itemId, warehouseId }) as Balance
  return row
}

export function getStocktake(db: Db, id: number): Stocktake | undefined {
  const doc = getDocument(db, id)
  if (doc?.docType !== 'PD') return undefined
  const scope = db
    .prepare(
      `SELECT d.blind, d.category_id, c.name AS category_name, d.location_id, l.name AS location_name
       FROM documents d LEFT JOIN categories c ON c.id = d.category_id LEFT JOIN locations l ON l.id = d.location_id
       WHERE d.id = ?`,
    )
    .get(id) as {
    blind: number
    category_id: number | null
    category_name: string | null
    location_id: number | null
    location_name: string | null
  }
  const hideBook = scope.blind === 1 && doc.status === 'draft'
  const lines = db
    .prepare(
      `SELECT t.line_no AS lineNo, t.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.spec AS itemSpec,
         i.unit, i.unit_decimals AS unitDecimals, t.book_milli AS bookMilli, t.counted_milli AS countedMilli, t.reason,
         (SELECT min(barcode) FROM item_barcodes b WHERE b.item_id = t.item_id AND b.unit_name IS NULL) AS barcode,
         loc.name AS locationName,
         EXISTS (SELECT 1 FROM stock_movements m WHERE m.item_id = t.item_id AND m.warehouse_id = d.warehouse_id
           AND m.id > t.snapshot_movement_id AND m.document_id NOT IN
             (SELECT r.id FROM documents r WHERE r.source_id = d.id)) AS moved
       FROM stocktake_lines t JOIN documents d ON d.id = t.document_id JOIN items i ON i.id = t.item_id
       LEFT JOIN locations loc ON loc.id = i.default_location_id
       WHERE t.document_id = ? ORDER BY t.line_no`,
    )
    .all(id) as (Omit<StocktakeLine, 'movedSinceSnapshot'> & { moved: number })[]
  const results = db
    .prepare('SELECT id, doc_type AS docType, doc_no AS docNo FROM documents WHERE source_id = ? ORDER BY id')
    .all(id) as Stocktake['results']
  return {
    ...doc,
    blind: scope.blind === 1,
    categoryId: scope.category_id,
    categoryName: scope.category_name,
    locationId: scope.location_id,
    locationName: scope.location_name,
    lines: lines.map(({ moved, ...line }) => ({
      ...line,
      bookMilli: hideBook ? null : line.bookMilli,
      movedSinceSnapshot: moved === 1,
    })),
    results,
  }
}

export function requireStocktake(core: Core, id: number): Stocktake {
  const stocktake = getStocktake(core.db, id)
  if (!stocktake) throw notFound({ zh: '盘点单', en: 'Stocktake' })
  return stocktake
}

/** The items a count covers: active items with stock or a limit in the warehouse, within the scope. */
function itemsInScope(db: Db, input: ParsedInput<'stock.stocktakeCreate'>): number[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE scope(id) AS (
         SELECT @categoryId UNION ALL SELECT c.id FROM categories c JOIN scope ON c.parent_id = scope.id)
       SELECT i.id FROM items i
       WHERE i.active = 1
         AND (EXISTS (SELECT 1 FROM stock_balances b WHERE b.item_id = i.id AND b.warehouse_id = @warehouseId
                AND b.qty_milli <> 0)
           OR EXISTS (SELECT 1 FROM item_stock_limits s WHERE s.item_id = i.id AND s.warehouse_id = @warehouseId))
         AND (@categoryId IS NULL OR i.category_id IN (SELECT id FROM scope))
         AND (@locationId IS NULL OR i.default_location_id = @locationId)
       ORDER BY i.code`,
    )
    .all({ warehouseId: input.warehouseId, categoryId: input.categoryId, locationId: input.locationId }) as {
    id: number
  }[]
  return rows.map((row) => row.id)
}

const insertLine = (db: Db, documentId: number, lineNo: number, itemId: number, warehouseId: number) => {
  const balance = balanceOf(db, itemId, warehouseId)
  db.prepare(
    `INSERT INTO stocktake_lines (document_id, line_no, item_id, book_milli, snapshot_movement_id)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(documentId, lineNo, itemId, balance.qty, balance.lastMovement)
}

export function createStocktake(
  core: Core,
  input: ParsedInput<'stock.stocktakeCreate'>,
  userId: number,
): { id: number; lines: number } {
  checkWarehouse(core, input.warehouseId)
  if (input.locationId) {
    const location = core.db.prepare('SELECT warehouse_id FROM locations WHERE id = ?').get(input.locationId) as
      { warehouse_id: number } | undefined
    if (location?.warehouse_id !== input.warehouseId) {
      throw badInput('库位不属于所选仓库', 'The location is not in that warehouse')
    }
  }
  const itemIds = itemsInScope(core.db, input)
  const id = insertDraft(
    core.db,
    {
      docType: 'PD',
      subtype: 'stocktake',
      requestId: input.requestId,
      userId,
      warehouseId: input.warehouseId,
      businessDate: localDate(core.now()),
      departmentId: null,
      personId: null,
      supplierId: null,
      toWarehouseId: null,
      reason: '',
      note: input.note,
      lines: [],
      stocktake: { blind: input.blind, categoryId: input.categoryId, locationId: input.locationId },
    },
    timestamp(core),
  )
  itemIds.forEach((itemId, index) => insertLine(core.db, id, index + 1, itemId, input.warehouseId))
  return { id, lines: itemIds.length }
}

/** Sets counts; an item found on the shelf but not on the sheet is added with its book quantity. */
export function setCounts(core: Core, input: ParsedInput<'stock.stocktakeCount'>): void {
  const doc = requireDraft(core, input.id)
  if (doc.docType !== 'PD') throw badInput('不是盘点单', 'Not a stocktake')
  const db = core.db
  const update = db.prepare(
    'UPDATE stocktake_lines SET counted_milli = ?, reason = ? WHERE document_id = ? AND item_id = ?',
  )
  for (const count of input.counts) {
    const item = getItem(db, count.itemId)
    if (!item) throw badInput('物资不存在', 'No such item')
    if (count.countedMilli !== null && count.countedMilli % 10 ** (3 - item.unitDecimals) !== 0) {
      throw badInput(
        `「${item.name}」的数量最多 ${item.unitDecimals} 位小数（单位：${item.unit}）`,
        `${item.name} allows ${item.unitDecimals} decimals`,
      )
    }
    if (update.run(count.countedMilli, count.reason, doc.id, item.id).changes === 0) {
      if (!item.active) throw badInput(`物资「${item.name}」已停用`, `${item.name} is inactive`)
      const { n } = db.prepare('SELECT count(*) AS n FROM stocktake_lines WHERE document_id = ?').get(doc.id) as {
        n: number
      }
      insertLine(db, doc.id, n + 1, item.id, doc.warehouseId)
      update.run(count.countedMilli, count.reason, doc.id, item.id)
    }
  }
}

/**
 * Posts a counted 盘点单 on today's date: each difference against the book quantity now becomes a line
 * of a 盘盈 stock-in (valued at the current average, or the item's reference price when nothing is on
 * hand) or of a 盘亏 stock-out (valued by the ledger like any issue). Idempotent like every posting.
 */
export function postStocktake(core: Core, id: number, user: { id: number; role: Role }): Stocktake {
  const stocktake = requireStocktake(core, id)
  if (stocktake.status === 'posted') return stocktake
  const db = core.db
  const today = localDate(core.now())
  checkPostingDate(core, { businessDate: today, subtype: 'stocktake' }, user)
  checkWarehouse(core, stocktake.warehouseId)
  const uncounted = stocktake.lines.filter((line) => line.countedMilli === null)
  if (uncounted.length > 0) {
    const names = uncounted.slice(0, 3).map((line) => line.itemName)
    throw badInput(
      `还有 ${uncounted.length} 行未盘点（${names.join('、')}${uncounted.length > 3 ? '…' : ''}）`,
      `${uncounted.length} lines are not counted yet`,
    )
  }
  const surplus: { itemId: number; qtyMilli: number; priceE4: number; amountFen: number }[] = []
  const shortage: typeof surplus = []
  for (const line of stocktake.lines) {
    const book = balanceOf(db, line.itemId, stocktake.warehouseId)
    const difference = (line.countedMilli ?? 0) - book.qty
    if (difference === 0) continue
    if (!line.reason.trim()) {
      throw badInput(
        `「${line.itemCode} ${line.itemName}」账面 ${formatQuantity(book.qty)}，实盘 ${formatQuantity(line.countedMilli ?? 0)}：请填写差异原因`,
        `${line.itemCode}: give the reason for the difference`,
      )
    }
    if (difference < 0) {
      shortage.push({ itemId: line.itemId, qtyMilli: -difference, priceE4: 0, amountFen: 0 })
    } else if (book.qty > 0) {
      const amountFen = proportionalFen(book.value, difference, book.qty)
      surplus.push({
        itemId: line.itemId,
        qtyMilli: difference,
        priceE4: averagePriceE4(book.value, book.qty) ?? 0,
        amountFen,
      })
    } else {
      const priceE4 = getItem(db, line.itemId)?.refPriceE4 ?? 0
      surplus.push({
        itemId: line.itemId,
        qtyMilli: difference,
        priceE4,
        amountFen: lineAmountFen(difference, priceE4),
      })
    }
  }
  const reasons = (kind: 'surplus' | 'shortage') =>
    stocktake.lines
      .filter((line) => (kind === 'surplus' ? surplus : shortage).some((l) => l.itemId === line.itemId))
      .map((line) => `${line.itemCode} ${line.reason.trim()}`)
      .join('；')
      .slice(0, 200)
  const at = timestamp(core)
  const post = (subtype: 'surplus' | 'shortage', lines: typeof surplus) => {
    if (lines.length === 0) return
    const docId = insertDraft(
      db,
      {
        docType: subtype === 'surplus' ? 'RK' : 'CK',
        subtype,
        requestId: `${stocktake.id}:${subtype}:${at}`,
        userId: user.id,
        sourceId: stocktake.id,
        warehouseId: stocktake.warehouseId,
        businessDate: today,
        departmentId: null,
        personId: null,
        supplierId: null,
        toWarehouseId: null,
        reason: reasons(subtype),
        note: `盘点单 ${docNo}`,
        lines,
      },
      at,
    )
    postDocument(core, docId, user)
  }
  db.prepare('UPDATE documents SET business_date = ? WHERE id = ?').run(today, stocktake.id)
  const docNo = allocateDocNo(db, getSetting(db, 'docPrefix.PD'), today)
  post('shortage', shortage)
  post('surplus', surplus)
  markPosted(db, stocktake.id, docNo, user.id, at)
  return requireStocktake(core, stocktake.id)
}

export function refuseStocktakeEdit(docType: string): void {
  if (docType === 'PD') throw conflict('盘点单请在盘点表中录入实盘数', 'Enter a stocktake through its count sheet')
}
