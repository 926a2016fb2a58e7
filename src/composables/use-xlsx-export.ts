import { ref, type Ref } from 'vue'
import { useMessage, type MessageReactive } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { ExportList, ExportProgress } from '@shared/contract'
import { api } from '@/api'
import { downloadFile } from '@/utils/download'
import { errorText } from '@/utils/errors'

export interface ListExport {
  /** The export button's `loading`. */
  exporting: Ref<boolean>
  /** Rows written so far in percent, once the list is long enough to take more than one step; else null. */
  percent: Ref<number | null>
  run: () => Promise<void>
}

/** Percent of a step, never 100 before the file is there. */
export const progressPercent = (step: Pick<ExportProgress, 'done' | 'total'>): number =>
  step.total === 0 ? 0 : Math.min(99, Math.floor((step.done * 100) / step.total))

/**
 * The 导出 button of a list screen. The core writes the whole list under `filters` (read at click time:
 * search, status, warehouse …), every page of it, in steps; a long list shows its progress, then the file
 * is saved (the browser's download; in the desktop app Electron asks where).
 */
export function useListExport(list: ExportList, filters: () => Record<string, unknown>): ListExport {
  const { t } = useI18n()
  const message = useMessage()
  const exporting = ref(false)
  const percent = ref<number | null>(null)

  async function run(): Promise<void> {
    if (exporting.value) return
    exporting.value = true
    let progress: MessageReactive | null = null
    try {
      const { job } = await api.call('exports.start', { list, filters: filters() })
      for (;;) {
        const step = await api.call('exports.next', { job })
        if (step.file) {
          downloadFile(step.file)
          message.success(t('importer.exported', { name: step.file.fileName }))
          return
        }
        // One step is the whole list: no progress to show for a short one.
        if (step.done >= step.total && percent.value === null) continue
        percent.value = progressPercent(step)
        const text = t('importer.exportProgress', { done: step.done, total: step.total, percent: percent.value })
        if (progress) progress.content = text
        else progress = message.loading(text, { duration: 0 })
      }
    } catch (error) {
      message.error(errorText(error))
    } finally {
      progress?.destroy()
      exporting.value = false
      percent.value = null
    }
  }

  return { exporting, percent, run }
}
