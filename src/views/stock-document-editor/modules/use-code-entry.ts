import { ref, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { Item } from '@shared/contract'
import { formatQuantity } from '@shared/money'
import { useItemLookup } from '@/composables/use-item-lookup'
import type { EditorLines } from './use-editor-lines'

/**
 * Turns a scanned or typed code into a line: looks it up, adds or increments the line, and tells the
 * storekeeper what happened (message and tone). Typed text that is no code offers matching items.
 */
export function useCodeEntry(lines: EditorLines, readOnly: Ref<boolean>) {
  const { t } = useI18n()
  const message = useMessage()
  const flashKey = ref<number | null>(null)

  /** `pack` names the pack unit a carton barcode stands for, so the message says "+1 箱（12 包）". */
  function add(item: Item, qtyMilli: number, pack: string | null): void {
    const { line, incremented } = lines.addItem(item, qtyMilli)
    flashKey.value = null
    // Re-set on the next frame so the highlight animation restarts for repeated scans of one item.
    requestAnimationFrame(() => (flashKey.value = line.key))
    const qty = formatQuantity(qtyMilli)
    if (pack)
      message.info(t('stockIn.incrementedPack', { name: item.name, pack, qty, unit: item.unit }), { duration: 1500 })
    else if (incremented) message.info(t('stockIn.incremented', { name: item.name, qty }), { duration: 1500 })
    else message.success(t('stockIn.added', { name: item.name }), { duration: 1500 })
  }

  const lookup = useItemLookup({
    errors: {
      inactive: 'docs.errors.itemInactive',
      badCheckDigit: 'stockIn.errors.badCheckDigit',
      notFound: 'stockIn.errors.codeNotFound',
    },
    allowed: () => {
      if (readOnly.value) message.warning(t('stockIn.errors.readOnly'))
      return !readOnly.value
    },
    accept: add,
  })

  return { ...lookup, flashKey }
}
