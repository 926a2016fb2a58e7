/** The file name offered when a document is saved as PDF: pure, so tests/main checks it under Node. */

/** Document names for PDF file names; unknown kinds fall back to the route segment. */
const DOCUMENT_TITLES: Record<string, string> = {
  'stock-in': '入库单',
  'stock-out': '出库单',
  transfer: '调拨单',
  stocktake: '盘点表',
  order: '采购订单',
  requisition: '采购申请单',
  document: '单据',
}

/** Characters Windows refuses in a file name, plus control and invisible format characters (a
 *  right-to-left override could make "…fdp.exe" read as "…exe.pdf"). */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}]/gu
/** Device names: "CON", "nul.pdf" or "COM1.txt" open a device on Windows, not a file. */
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i
/** Characters of the name before ".pdf"; far under Windows' 255, and readable in a save dialog. */
export const MAX_NAME = 120

/** A name that is one safe file name on Windows, macOS and Linux, or the fallback when nothing is left. */
export function safeFileName(name: string, fallback = '单据'): string {
  let safe = name.normalize('NFC').replace(UNSAFE, '_').trim()
  safe = Array.from(safe).slice(0, MAX_NAME).join('') // whole code points: never half a surrogate pair
  safe = safe.replace(/[. ]+$/, '') // Windows drops trailing dots and spaces, so "a." would become "a"
  if (safe === '' || /^_+$/.test(safe)) return fallback
  return RESERVED.test(safe.split('.')[0].trim()) ? `_${safe}` : safe
}

/** "/print/stock-in/12" → "入库单-12.pdf"; "/print/order/CG20240101001" → "采购订单-CG20240101001.pdf". */
export function pdfFileName(route: string): string {
  const [, kind = 'document', ...rest] = route.split(/[/\\]/).filter(Boolean)
  const title = Object.hasOwn(DOCUMENT_TITLES, kind) ? DOCUMENT_TITLES[kind] : kind
  return `${safeFileName([title, ...rest].join('-'))}.pdf`
}
