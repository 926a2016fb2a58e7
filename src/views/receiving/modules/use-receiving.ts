import { computed, ref, shallowRef } from 'vue'
import type { PoStatus, PurchaseOrderView } from '@shared/contract'
import { quantityInputText } from '@/utils/quantity'
import { api } from '@/api'
import { newRequestId } from '@/utils/request-id'
import {
  addPack,
  isReceivable,
  postBlock,
  receiveLines,
  receiveTotals,
  rowFigures,
  rowsOf,
  type ReceiveRow,
} from './receive-logic'

export interface ReceiveResult {
  poNo: string
  receiptId: number
  receiptNo: string
  status: PoStatus
}

/**
 * The order being received and what this receipt says of each line. `mayOverReceive` is the user's
 * purchase.overReceive permission: without it, a line past the tolerance stops the posting here already.
 */
export function useReceiving(mayOverReceive: () => boolean) {
  const order = shallowRef<PurchaseOrderView | null>(null)
  const rows = ref<ReceiveRow[]>([])
  const note = ref('')
  const tolerancePct = ref(0)
  const result = shallowRef<ReceiveResult | null>(null)
  const posting = ref(false)

  const receivable = computed(() => order.value !== null && isReceivable(order.value))
  const figures = computed(() => rows.value.map((row) => rowFigures(row, tolerancePct.value)))
  const totals = computed(() => receiveTotals(rows.value, tolerancePct.value))
  const block = computed(() => postBlock(rows.value, tolerancePct.value, mayOverReceive()))
  /** Something typed or scanned that would be lost by opening another order. */
  const dirty = computed(() => rows.value.some((row) => row.acceptedText || row.rejectedText || row.reason))

  async function loadSettings(): Promise<void> {
    tolerancePct.value = (await api.call('purchase.settings', {})).overReceiptTolerancePct
  }

  /** Opens an order for receiving, with nothing entered yet. */
  function open(next: PurchaseOrderView): void {
    order.value = next
    rows.value = rowsOf(next)
    note.value = ''
  }

  function close(): void {
    order.value = null
    rows.value = []
    note.value = ''
  }

  function rowOf(lineNo: number): ReceiveRow | undefined {
    return rows.value.find((row) => row.line.lineNo === lineNo)
  }

  function setAccepted(lineNo: number, text: string): void {
    const row = rowOf(lineNo)
    if (row) row.acceptedText = text
  }

  function setRejected(lineNo: number, text: string): void {
    const row = rowOf(lineNo)
    if (row) row.rejectedText = text
  }

  function setReason(lineNo: number, text: string): void {
    const row = rowOf(lineNo)
    if (row) row.reason = text
  }

  /** Adds a scanned pack to a line's accepted count; returns the new count. */
  function countPack(lineNo: number, packMilli: number): number | null {
    const row = rowOf(lineNo)
    if (!row) return null
    const total = addPack(row, packMilli)
    row.acceptedText = quantityInputText(total)
    return total
  }

  /**
   * Posts the receipt. `requestId` is one per attempt (the confirmation that asked for it), so a double
   * click, or the same confirmation retried after a lost answer, posts once: the core returns the first receipt.
   */
  async function post(requestId: string = newRequestId()): Promise<ReceiveResult | null> {
    const current = order.value
    if (!current || posting.value || block.value) return null
    posting.value = true
    try {
      const posted = await api.call('orders.receive', {
        requestId,
        id: current.id,
        note: note.value.trim(),
        lines: receiveLines(rows.value, tolerancePct.value),
      })
      result.value = {
        poNo: posted.order.poNo,
        receiptId: posted.receiptId,
        receiptNo: posted.receiptNo,
        status: posted.order.status,
      }
      open(posted.order)
      return result.value
    } finally {
      posting.value = false
    }
  }

  return {
    order,
    rows,
    note,
    tolerancePct,
    result,
    posting,
    receivable,
    figures,
    totals,
    block,
    dirty,
    loadSettings,
    open,
    close,
    setAccepted,
    setRejected,
    setReason,
    countPack,
    post,
  }
}

export type Receiving = ReturnType<typeof useReceiving>
