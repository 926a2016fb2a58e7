const pad = (n: number): string => String(n).padStart(2, '0')

/** A local calendar date as YYYY-MM-DD (the business-date format of the API). */
export function localDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** An ISO timestamp shown in local time, e.g. 2026-11-26 14:05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
