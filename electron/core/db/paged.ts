import type { Db } from './open'

/**
 * One page of a filtered list and the total: `count` is the FROM … WHERE part, `rows` the SELECT of the
 * rows with the same filter; both take the same named parameters.
 */
export function pagedQuery<Row>(
  db: Db,
  sql: { count: string; rows: string; order: string },
  params: Record<string, unknown>,
  page: { page: number; pageSize: number },
): { rows: Row[]; total: number } {
  const total = (db.prepare(`SELECT count(*) AS n ${sql.count}`).get(params) as { n: number }).n
  const rows = db
    .prepare(`${sql.rows} ORDER BY ${sql.order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: page.pageSize, offset: (page.page - 1) * page.pageSize }) as Row[]
  return { rows, total }
}

/** The WHERE clause of a list of conditions, or nothing. */
export const whereClause = (conditions: string[]): string =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''
