/** The most rows files.exportTable takes in one sheet. */
export const EXPORT_ROW_LIMIT = 5000
/** The largest page the core serves (pageInput's maximum). */
const MAX_PAGE_SIZE = 200

/**
 * Every page of a server-paged list under fixed filters, for an export: pages of the core's largest size,
 * until `total` rows have come or `limit` is reached (an export sheet is finite; the rest is cut, not failed).
 */
export async function fetchPages<Result extends { rows: readonly unknown[]; total: number }>(
  load: (paging: { page: number; pageSize: number }) => Promise<Result>,
  limit = EXPORT_ROW_LIMIT,
): Promise<Result[]> {
  const pages: Result[] = []
  let fetched = 0
  for (let page = 1; ; page++) {
    const result = await load({ page, pageSize: MAX_PAGE_SIZE })
    pages.push(result)
    fetched += result.rows.length
    if (result.rows.length === 0 || fetched >= result.total || fetched >= limit) return pages
  }
}
