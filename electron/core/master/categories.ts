import type { Db } from '../db/open'

export interface CategoryRow {
  id: number
  parent_id: number | null
  name: string
  active: number
}

export const listCategories = (db: Db): CategoryRow[] =>
  db
    .prepare('SELECT id, parent_id, name, active FROM categories ORDER BY parent_id NULLS FIRST, name')
    .all() as CategoryRow[]

/**
 * A category by its path 「办公用品/纸张」 (or 「办公用品 > 纸张」), or by a name that is unique on its own.
 * Undefined when there is none or the bare name is ambiguous.
 */
export function findCategoryByPath(db: Db, text: string): number | undefined {
  const parts = text.split(/\s*[/>＞／]\s*/).filter(Boolean)
  if (parts.length === 1) {
    const rows = db.prepare('SELECT id FROM categories WHERE name = ? AND active = 1').all(parts[0]) as { id: number }[]
    return rows.length === 1 ? rows[0].id : undefined
  }
  let parent: number | null = null
  for (const name of parts) {
    const row = db
      .prepare('SELECT id FROM categories WHERE coalesce(parent_id, 0) = ? AND name = ? AND active = 1')
      .get(parent ?? 0, name) as { id: number } | undefined
    if (!row) return undefined
    parent = row.id
  }
  return parent ?? undefined
}
