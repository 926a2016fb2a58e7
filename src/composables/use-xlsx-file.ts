import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FileData } from '@shared/contract'

/**
 * The API takes at most 30,000,000 base64 characters (about 22 MB of file); 20 MB keeps clear of that limit
 * and is a round number for the message. A catalogue of tens of thousands of rows is a few MB.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Reads a file as base64 (without the data-URL prefix), reporting progress in percent. */
export function readBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      onProgress(100)
      resolve(url.slice(url.indexOf(',') + 1)) // data:<mime>;base64,<data>
    }
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'))
    reader.readAsDataURL(file)
  })
}

export interface XlsxFile {
  /** The file as read, ready for the API; null until a good file has been read. */
  file: ShallowRef<FileData | null>
  size: Ref<number>
  reading: Ref<boolean>
  percent: Ref<number>
  /** Why the last chosen file was refused, in the current language. */
  problem: Ref<string | null>
  choose: (file: File) => Promise<void>
  clear: () => void
}

/**
 * The file an import works on: checked by its name and size before anything is read (clerks often pick
 * the old .xls or a .csv export), then read once, so the check and the import send the very same bytes.
 */
export function useXlsxFile(): XlsxFile {
  const { t } = useI18n()
  const file = shallowRef<FileData | null>(null)
  const size = ref(0)
  const reading = ref(false)
  const percent = ref(0)
  const problem = ref<string | null>(null)
  // A second file chosen while the first is still being read wins.
  let latest = 0

  function refusal(chosen: File): string | null {
    const name = chosen.name.toLowerCase()
    if (name.endsWith('.xls')) return t('importer.oldXls')
    if (name.endsWith('.csv')) return t('importer.csv')
    if (!name.endsWith('.xlsx')) return t('importer.wrongType', { name: chosen.name })
    if (chosen.size === 0) return t('importer.emptyFile')
    if (chosen.size > MAX_IMPORT_BYTES) {
      return t('importer.tooLarge', { size: formatBytes(chosen.size), max: formatBytes(MAX_IMPORT_BYTES) })
    }
    return null
  }

  function clear(): void {
    latest++
    file.value = null
    size.value = 0
    reading.value = false
    percent.value = 0
    problem.value = null
  }

  async function choose(chosen: File): Promise<void> {
    clear()
    const request = latest
    problem.value = refusal(chosen)
    if (problem.value) return
    reading.value = true
    try {
      const base64 = await readBase64(chosen, (value) => {
        if (request === latest) percent.value = value
      })
      if (request !== latest) return
      file.value = { fileName: chosen.name, base64 }
      size.value = chosen.size
    } catch {
      if (request === latest) problem.value = t('importer.readFailed')
    } finally {
      if (request === latest) reading.value = false
    }
  }

  return { file, size, reading, percent, problem, choose, clear }
}
