import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { checkBarcode } from '@shared/barcode'
import { purchaseInputs, type BarcodeMatch, type PurchaseOrderView } from '@shared/contract'
import { formatQuantity } from '@shared/money'
import { api } from '@/api'
import { beep } from '@/utils/beep'
import { errorText } from '@/utils/errors'
import { scanMatch } from '@/utils/lookup-item'
import { resolveScan } from './receive-logic'
import type { Receiving } from './use-receiving'

/** The last scan's result, shown on the screen until the next one: a toast is gone before the eyes are back. */
export interface ScanFeedback {
  type: 'success' | 'warning' | 'error'
  text: string
}

async function findOrder(code: string): Promise<PurchaseOrderView | null> {
  if (!purchaseInputs.poByNoInput.safeParse({ poNo: code }).success) return null
  return api.call('orders.findByNo', { poNo: code })
}

/**
 * Scans on the receiving screen: the number printed on a purchase order opens it; an item barcode adds
 * its pack quantity (1 for the unit's own barcode, 12 for a carton of 12) to the matching line's
 * accepted count. An item that is not on the order is refused with a warning, never added.
 */
export function useReceiveScan(receiving: Receiving, openOrder: (order: PurchaseOrderView) => void) {
  const { t } = useI18n()
  const feedback = shallowRef<ScanFeedback | null>(null)
  /** The line just counted, highlighted for a moment. */
  const flashLineNo = ref<number | null>(null)

  function say(type: ScanFeedback['type'], text: string): void {
    feedback.value = { type, text }
    beep(type === 'success' ? 'ok' : 'error')
  }

  function flash(lineNo: number): void {
    flashLineNo.value = null
    // Set on the next frame so the highlight restarts for repeated scans of one item.
    requestAnimationFrame(() => (flashLineNo.value = lineNo))
  }

  function count(lineNo: number, packMilli: number, packName: string | null): void {
    const row = receiving.rows.value.find((candidate) => candidate.line.lineNo === lineNo)
    const total = receiving.countPack(lineNo, packMilli)
    if (!row || total === null) return
    flash(lineNo)
    const params = {
      name: row.line.itemName,
      qty: formatQuantity(packMilli),
      unit: row.line.unit,
      pack: packName ?? '',
      total: formatQuantity(total),
    }
    say('success', t(packName ? 'receiving.scan.countedPack' : 'receiving.scan.counted', params))
  }

  function countItem(code: string, match: BarcodeMatch | null, order: PurchaseOrderView): void {
    const outcome = resolveScan(match, receiving.rows.value, receiving.tolerancePct.value)
    switch (outcome.kind) {
      case 'count':
        return count(outcome.lineNo, outcome.packMilli, outcome.packName)
      case 'not-on-order': {
        const { name, code: itemCode } = outcome.match.item
        return say('warning', t('receiving.scan.notOnOrder', { name, code: itemCode, poNo: order.poNo }))
      }
      case 'closed':
        return say('warning', t('receiving.scan.closedLine', { name: outcome.line.itemName, n: outcome.line.lineNo }))
      case 'unknown':
        return say(
          'error',
          t(checkBarcode(code).ok ? 'receiving.scan.unknown' : 'receiving.scan.badCheckDigit', { code }),
        )
    }
  }

  async function enter(code: string): Promise<void> {
    if (receiving.posting.value) return
    try {
      const [order, match] = await Promise.all([findOrder(code), scanMatch(code)])
      if (order) return openOrder(order)
      const current = receiving.order.value
      if (!current) {
        say('warning', t(match ? 'receiving.scan.openOrderFirst' : 'receiving.scan.unknownOrder', { code }))
        return
      }
      if (!receiving.receivable.value) {
        say('warning', t('receiving.notReceivable', { status: t(`purchase.orderStatus.${current.status}`) }))
        return
      }
      countItem(code, match, current)
    } catch (error) {
      say('error', errorText(error))
    }
  }

  return { feedback, flashLineNo, enter, say }
}
