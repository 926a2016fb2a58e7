import type { FileData } from '@shared/contract'

const MIME_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv',
}

const REVOKE_AFTER_MS = 60_000

function mimeType(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? ''
  return MIME_TYPES[extension] ?? MIME_TYPES.xlsx
}

/** Decodes in a loop: spreading a large string into `Uint8Array.from(…, fn)` is many times slower. */
function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Saves a file the core produced (export, template) the way a browser saves any download: the browser build
 * and Electron both handle an `<a download>` click (Electron asks where to save). The object URL is revoked a
 * minute later, not at once: the download may read the blob only after the save dialog (as FileSaver.js does).
 */
export function downloadFile(file: FileData): void {
  const blob = new Blob([base64Bytes(file.base64)], { type: mimeType(file.fileName) })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
