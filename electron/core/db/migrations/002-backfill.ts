/**
 * Migration 2's data step, frozen as it shipped: the 拼音首字母 of every existing item and its row in
 * item_search, written against the schema at version 2. A copy on purpose — a migration never calls
 * live application code, whose later versions may expect a later schema (tests/core/migrations.test.ts
 * checks that nothing in this folder imports from outside it).
 */
import type Database from 'better-sqlite3'
import { pinyin } from 'pinyin-pro'

function initials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

export function backfillInitials(db: Database.Database): void {
  const update = db.prepare('UPDATE items SET initials = ? WHERE id = ?')
  for (const row of db.prepare('SELECT id, name FROM items').all() as { id: number; name: string }[]) {
    update.run(initials(row.name), row.id)
  }
  db.exec(
    `INSERT OR REPLACE INTO item_search (item_id, text)
     SELECT id, lower(code || ' ' || name || ' ' || spec || ' ' || initials || ' ' ||
       coalesce((SELECT group_concat(barcode, ' ') FROM item_barcodes WHERE item_id = items.id), ''))
     FROM items`,
  )
}
