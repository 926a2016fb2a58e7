import { onBeforeUnmount, watch, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { registerScanTarget } from '@/composables/use-scanner'
import { beep } from '@/utils/beep'
import type { ItemFormModel } from './use-item-form'

/** The pack row the focus is in (its fields carry data-pack-index), or null for the item itself. */
function focusedPack(): number | null {
  const holder = document.activeElement?.closest('[data-pack-index]')
  const index = holder ? Number(holder.getAttribute('data-pack-index')) : NaN
  return Number.isInteger(index) ? index : null
}

/**
 * While the item drawer is open it takes the scans: a scan adds its barcode to the pack row the focus is
 * in, or else to the item's own barcodes. A code already on the item is not added twice.
 */
export function useItemScan(show: Ref<boolean>, model: ItemFormModel): void {
  const { t } = useI18n()
  const message = useMessage()
  let unregister: (() => void) | null = null

  function onScan(code: string): void {
    const known = [model.barcodes, ...model.packUnits.map((pack) => pack.barcodes)].some((list) => list.includes(code))
    if (known) {
      beep('error')
      message.warning(t('items.scan.duplicate', { code }))
      return
    }
    const index = focusedPack()
    const pack = index === null ? undefined : model.packUnits[index]
    if (pack) pack.barcodes = [...pack.barcodes, code]
    else model.barcodes = [...model.barcodes, code]
    beep('ok')
    message.success(
      pack?.name ? t('items.scan.addedToPack', { code, pack: pack.name }) : t('items.scan.added', { code }),
    )
  }

  function stop(): void {
    unregister?.()
    unregister = null
  }

  watch(
    show,
    (open) => {
      if (open) unregister ??= registerScanTarget(onScan)
      else stop()
    },
    { immediate: true },
  )
  onBeforeUnmount(stop)
}
