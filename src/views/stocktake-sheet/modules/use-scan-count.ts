import { ref, type Ref } from 'vue'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { checkBarcode } from '@shared/barcode'
import type { BarcodeMatch } from '@shared/contract'
import { formatQuantity } from '@shared/money'
import { beep } from '@/utils/beep'
import { errorText } from '@/utils/errors'
import { scanMatch } from '@/utils/lookup-item'
import { resolveScan } from './count-logic'
import type { CountSheet } from './use-count-sheet'

const addButton: ButtonProps & { 'data-testid': string } = { 'data-testid': 'stocktake-add-confirm' }

/**
 * Scan-to-count: each scan of an item's barcode adds its pack quantity (1 for the unit's own barcode,
 * 12 for a carton of 12) to that line and brings the line into view. An unknown code says so; an item
 * that is not on the sheet (found on the shelf) is added only when the storekeeper confirms.
 */
export function useScanCount(sheet: CountSheet, readOnly: Ref<boolean>, reveal: (itemId: number) => void) {
  const { t } = useI18n()
  const message = useMessage()
  const dialog = useDialog()
  const busy = ref(false)
  /** The line just counted, highlighted for a moment. */
  const flashItemId = ref<number | null>(null)

  function flash(itemId: number): void {
    flashItemId.value = null
    // Set on the next frame so the highlight restarts for repeated scans of one item.
    requestAnimationFrame(() => (flashItemId.value = itemId))
    reveal(itemId)
  }

  function count(itemId: number, packMilli: number, packName: string | null): void {
    const row = sheet.rows.value.find((candidate) => candidate.line.itemId === itemId)
    const total = sheet.addPack(itemId, packMilli)
    if (!row || total === null) return
    flash(itemId)
    beep('ok')
    const params = {
      name: row.line.itemName,
      qty: formatQuantity(packMilli),
      unit: row.line.unit,
      pack: packName ?? '',
      total: formatQuantity(total),
    }
    message.info(t(packName ? 'stocktake.scan.countedPack' : 'stocktake.scan.counted', params), { duration: 1500 })
  }

  function offerToAdd(match: BarcodeMatch): void {
    beep('error')
    const qty = formatQuantity(match.qtyMilli)
    dialog.warning({
      title: t('stocktake.scan.notOnSheetTitle'),
      content: t('stocktake.scan.notOnSheet', {
        name: match.item.name,
        code: match.item.code,
        qty,
        unit: match.item.unit,
      }),
      positiveText: t('stocktake.scan.addToSheet'),
      negativeText: t('common.cancel'),
      positiveButtonProps: addButton,
      onPositiveClick: async () => {
        if (await sheet.addItem(match.item.id, match.qtyMilli)) {
          message.success(t('stocktake.scan.added', { name: match.item.name }))
          flash(match.item.id)
        }
      },
    })
  }

  async function enter(code: string): Promise<void> {
    if (readOnly.value) {
      message.warning(t(sheet.posted.value ? 'stocktake.errors.readOnly' : 'stocktake.errors.noPermission'))
      return
    }
    busy.value = true
    try {
      const outcome = resolveScan(
        await scanMatch(code),
        sheet.rows.value.map((row) => row.line),
      )
      switch (outcome.kind) {
        case 'count':
          return count(outcome.itemId, outcome.packMilli, outcome.packName)
        case 'not-on-sheet':
          return offerToAdd(outcome.match)
        case 'inactive':
          beep('error')
          message.error(t('stocktake.scan.inactive', { name: outcome.match.item.name }))
          return
        case 'unknown': {
          beep('error')
          const misread = !checkBarcode(code).ok
          message.error(t(misread ? 'stocktake.scan.badCheckDigit' : 'stocktake.scan.unknown', { code }), {
            duration: 4000,
          })
        }
      }
    } catch (error) {
      beep('error')
      message.error(errorText(error))
    } finally {
      busy.value = false
    }
  }

  return { busy, flashItemId, enter, flash }
}
