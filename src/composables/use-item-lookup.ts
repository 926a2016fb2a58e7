import { ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { Item, ItemListRow } from '@shared/contract'
import { beep } from '@/utils/beep'
import { errorText } from '@/utils/errors'
import { lookupItem } from '@/utils/lookup-item'

/**
 * One way, everywhere, of turning a scanned or typed code into an item: looks it up, refuses an
 * inactive item, and sounds the tone; typed text that is no code offers the matching items to choose
 * from (picker, pickerOpen and pick for components/item-picker-modal.vue). The stock document editor and
 * the purchasing editors' code input (components/item-code-input.vue) use it.
 */
export function useItemLookup(options: {
  /** The i18n keys of the errors: an inactive item ({ name }), a bad check digit and an unknown code ({ code }). */
  errors: { inactive: string; badCheckDigit: string; notFound: string }
  /** Whether a code may be entered now (it may say why not). */
  allowed: () => boolean
  /** `pack` names the pack unit a carton barcode stands for. */
  accept: (item: Item, qtyMilli: number, pack: string | null) => void
}) {
  const { t } = useI18n()
  const message = useMessage()
  const busy = ref(false)
  const picker = ref<{ code: string; rows: ItemListRow[] } | null>(null)
  const pickerOpen = ref(false)

  function give(item: Item, qtyMilli: number, pack: string | null): void {
    if (!item.active) {
      beep('error')
      message.error(t(options.errors.inactive, { name: item.name }))
      return
    }
    beep('ok')
    options.accept(item, qtyMilli, pack)
  }

  async function enter(code: string, source: 'scan' | 'typed'): Promise<void> {
    if (!options.allowed()) return
    busy.value = true
    try {
      const result = await lookupItem(code, source === 'typed')
      if (result.kind === 'found') give(result.item, result.qtyMilli, result.pack)
      else if (result.kind === 'candidates') {
        picker.value = { code, rows: result.rows }
        pickerOpen.value = true
      } else {
        beep('error')
        const key = result.kind === 'bad-check-digit' ? options.errors.badCheckDigit : options.errors.notFound
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
    give(item, 1000, null)
  }

  return { busy, picker, pickerOpen, enter, pick }
}
