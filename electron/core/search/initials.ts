import type Database from 'better-sqlite3'
import { pinyin } from 'pinyin-pro'

/**
 * 拼音首字母 of a name, lower case, letters and digits only: 「A4复印纸」 → "a4fyz", 「办公纸」 → "bgz".
 * pinyin-pro picks the reading of polyphones from context (银行 → yh, 重庆 → cq).
 */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** Rewrites an item's row in item_search from the item and its barcodes; call after every item write. */
export function refreshSearchText(db: Database.Database, itemId: number): void {
  db.prepare(
    `INSERT OR REPLACE INTO item_search (item_id, text)
     SELECT id, lower(code || ' ' || name || ' ' || spec || ' ' || initials || ' ' ||
       coalesce((SELECT group_concat(barcode, ' ') FROM item_barcodes WHERE item_id = items.id), ''))
     FROM items WHERE id = ?`,
  ).run(itemId)
}
