/** The largest page the core serves (pageInput's maximum). */
const MAX_PAGE_SIZE = 200

/**
 * Every page of a server-paged list under fixed filters, for an export the screen assembles itself (the
 * 明细账, whose opening and closing rows are the screen's): pages of the core's largest size until `total`
 * rows have come. Nothing is cut; `onProgress` hears the rows fetched of the total after each page.
 */
export async function fetchPages<Result extends { rows: readonly unknown[]; total: number }>(
  load: (paging: { page: number; pageSize: number }) => Promise<Result>,
  onProgress?: (fetched: number, total: number) => void,
): Promise<Result[]> {
  const pages: Result[] = []
  let fetched = 0
  for (let page = 1; ; page++) {
    const result = await load({ page, pageSize: MAX_PAGE_SIZE })
    pages.push(result)
    fetched += result.rows.length
    onProgress?.(fetched, result.total)
    if (result.rows.length === 0 || fetched >= result.total) return pages
  }
}
