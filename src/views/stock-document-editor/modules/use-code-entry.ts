import { ref, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { Item, ItemListRow } from '@shared/contract'
import { formatQuantity } from '@shared/money'
import { beep } from '@/utils/beep'
import { errorText } from '@/utils/errors'
import { lookupItem } from './lookup-item'
import type { EditorLines } from './use-editor-lines'

/**
 * Turns a scanned or typed code into a line: looks it up, adds or increments the line, and tells the
 * storekeeper what happened (message and tone). Typed text that is no code offers matching items.
 */
export function useCodeEntry(lines: EditorLines, readOnly: Ref<boolean>) {
  const { t } = useI18n()
  const message = useMessage()
  const busy = ref(false)
  const flashKey = ref<number | null>(null)
  const picker = ref<{ code: string; rows: ItemListRow[] } | null>(null)
  const pickerOpen = ref(false)

  /** `pack` names the pack unit a carton barcode stands for, so the message says "+1 箱（12 包）". */
  function add(item: Item, qtyMilli: number, pack: string | null = null): void {
    if (!item.active) {
      beep('error')
      message.error(t('docs.errors.itemInactive', { name: item.name }))
      return
    }
    const { line, incremented } = lines.addItem(item, qtyMilli)
    flashKey.value = null
    // Re-set on the next frame so the highlight animation restarts for repeated scans of one item.
    requestAnimationFrame(() => (flashKey.value = line.key))
    beep('ok')
    const qty = formatQuantity(qtyMilli)
    if (pack)
      message.info(t('stockIn.incrementedPack', { name: item.name, pack, qty, unit: item.unit }), { duration: 1500 })
    else if (incremented) message.info(t('stockIn.incremented', { name: item.name, qty }), { duration: 1500 })
    else message.success(t('stockIn.added', { name: item.name }), { duration: 1500 })
  }

  async function enter(code: string, source: 'scan' | 'typed'): Promise<void> {
    if (readOnly.value) {
      message.warning(t('stockIn.errors.readOnly'))
      return
    }
    busy.value = true
    try {
      const result = await lookupItem(code, source === 'typed')
      if (result.kind === 'found') add(result.item, result.qtyMilli, result.pack)
      else if (result.kind === 'candidates') {
        picker.value = { code, rows: result.rows }
        pickerOpen.value = true
      } else {
        beep('error')
        const key = result.kind === 'bad-check-digit' ? 'stockIn.errors.badCheckDigit' : 'stockIn.errors.codeNotFound'
        message.error(t(key, { code }))
      }
    } catch (error) {
      beep('error')
      message.error(errorText(error))
    } finally {
      busy.value = false
    }
  }

  function pick(item: ItemListRow): void {
    add(item, 1000)
  }

  return { busy, flashKey, picker, pickerOpen, enter, pick }
}
