/** A positive integer id from a route query value (?itemId=12), or null for anything else. */
export function queryId(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
