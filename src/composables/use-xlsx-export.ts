import { ref, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { FileData, Input } from '@shared/contract'
import { api } from '@/api'
import { downloadFile } from '@/utils/download'
import { errorText } from '@/utils/errors'

/** The core's list exports: the whole filtered list, not just the page on screen. */
export type ExportMethod = 'items.export' | 'suppliers.export'

export interface XlsxExport {
  /** The export button's `loading`. */
  exporting: Ref<boolean>
  run: () => Promise<void>
}

/**
 * The 导出 button of a list screen. `filters` is read at click time, so the file holds what the list
 * shows under its current filters (search, inactive, …) across all its pages.
 */
export function useXlsxExport<M extends ExportMethod>(method: M, filters: () => Input<M>): XlsxExport {
  const { t } = useI18n()
  const message = useMessage()
  const exporting = ref(false)

  async function run(): Promise<void> {
    if (exporting.value) return
    exporting.value = true
    try {
      const file: FileData = await api.call(method, filters())
      downloadFile(file)
      message.success(t('importer.exported', { name: file.fileName }))
    } catch (error) {
      message.error(errorText(error))
    } finally {
      exporting.value = false
    }
  }

  return { exporting, run }
}
