import { computed, reactive, ref, shallowRef } from 'vue'
import type { Item, PurchaseOrderView } from '@shared/contract'
import { api } from '@/api'
import { newRequestId } from '@/utils/request-id'
import { useOrderLines } from './use-order-lines'
import { CheckError } from '@/composables/use-editor-feedback'

export interface OrderHeader {
  supplierId: number | null
  warehouseId: number | null
  expectedDate: string | null
  paymentTerms: string
  deliveryTerms: string
  note: string
}

export type OrderProblem = 'supplier' | 'warehouse' | 'empty' | 'lines'

/** Something to fix before saving, named for the message; nothing was sent. */
export class OrderCheckError extends CheckError<OrderProblem> {}

const emptyHeader = (warehouseId: number | null = null): OrderHeader => ({
  supplierId: null,
  warehouseId,
  expectedDate: null,
  paymentTerms: '',
  deliveryTerms: '',
  note: '',
})

/**
 * One 采购订单: its header and lines while a draft, and every step of its life after. A new order gets
 * its request id when the editor opens, so a retried save returns the order the first attempt made.
 */
export function useOrderEditor() {
  const order = shallowRef<PurchaseOrderView | null>(null)
  const header = reactive<OrderHeader>(emptyHeader())
  /** The chosen supplier's name, for the select before any search has found it. */
  const supplierName = ref('')
  const lines = useOrderLines()
  const loading = ref(false)
  const busy = ref(false)
  let requestId = newRequestId()
  const savedFingerprint = ref('')

  const fingerprint = computed(() => JSON.stringify([header, lines.fingerprint.value]))
  const dirty = computed(() => fingerprint.value !== savedFingerprint.value)

  /** Shows an order; a draft's lines get their items' pack units, to choose a purchase unit from. */
  async function show(next: PurchaseOrderView): Promise<PurchaseOrderView> {
    let items = new Map<number, Item>()
    if (next.status === 'draft') {
      const ids = [...new Set(next.lines.map((line) => line.itemId))]
      items = new Map(
        (await Promise.all(ids.map((id) => api.call('items.get', { id })))).map((item) => [item.id, item]),
      )
    }
    order.value = next
    Object.assign(header, {
      supplierId: next.supplierId,
      warehouseId: next.warehouseId,
      expectedDate: next.expectedDate,
      paymentTerms: next.paymentTerms,
      deliveryTerms: next.deliveryTerms,
      note: next.note,
    } satisfies OrderHeader)
    supplierName.value = next.supplierName
    lines.replaceWith(next.lines, items)
    savedFingerprint.value = fingerprint.value
    return next
  }

  function startNew(defaultWarehouseId: number | null): void {
    order.value = null
    requestId = newRequestId()
    Object.assign(header, emptyHeader(defaultWarehouseId))
    supplierName.value = ''
    lines.replaceWith([])
    savedFingerprint.value = fingerprint.value
  }

  async function load(id: number): Promise<void> {
    loading.value = true
    try {
      await show(await api.call('orders.get', { id }))
    } finally {
      loading.value = false
    }
  }

  /** The supplier's recent prices for a line's item, which set its default price. */
  async function loadHistory(key: number, itemId: number): Promise<void> {
    const supplierId = header.supplierId
    const history = supplierId ? await api.call('purchase.priceHistory', { itemId, supplierId }) : []
    if (header.supplierId === supplierId) lines.setHistory(key, history)
  }

  /** Another supplier: the lines whose price was not typed take that supplier's last prices. */
  async function changeSupplier(supplierId: number | null, name: string): Promise<void> {
    header.supplierId = supplierId
    supplierName.value = name
    await Promise.all(
      lines.lines.value.filter((line) => !line.priceTouched).map((line) => loadHistory(line.key, line.itemId)),
    )
  }

  function problem(): OrderProblem | null {
    if (header.supplierId === null) return 'supplier'
    if (header.warehouseId === null) return 'warehouse'
    if (lines.lines.value.length === 0) return 'empty'
    if (lines.hasProblems.value) return 'lines'
    return null
  }

  async function run(call: () => Promise<PurchaseOrderView>): Promise<PurchaseOrderView> {
    busy.value = true
    try {
      return await show(await call())
    } finally {
      busy.value = false
    }
  }

  async function save(): Promise<PurchaseOrderView> {
    const found = problem()
    const { supplierId, warehouseId } = header
    const lineInputs = lines.toInput()
    if (found || supplierId === null || warehouseId === null || lineInputs === null)
      throw new OrderCheckError(found ?? 'lines')
    const fields = {
      supplierId,
      warehouseId,
      expectedDate: header.expectedDate,
      paymentTerms: header.paymentTerms.trim(),
      deliveryTerms: header.deliveryTerms.trim(),
      note: header.note.trim(),
      lines: lineInputs,
    }
    const current = order.value
    return run(() =>
      current
        ? api.call('orders.update', { id: current.id, ...fields })
        : api.call('orders.create', { requestId, ...fields }),
    )
  }

  /** 提交审批: unsaved edits are saved first. Below the threshold the core approves it at once. */
  async function submit(): Promise<PurchaseOrderView> {
    const current = order.value
    const saved = !current || dirty.value ? await save() : current
    return run(() => api.call('orders.submit', { id: saved.id }))
  }

  function current(): PurchaseOrderView {
    if (!order.value) throw new Error('no order')
    return order.value
  }

  async function remove(): Promise<void> {
    const { id } = current()
    busy.value = true
    try {
      await api.call('orders.delete', { id })
      savedFingerprint.value = fingerprint.value
    } finally {
      busy.value = false
    }
  }

  const approve = (comment: string) => run(() => api.call('orders.approve', { id: current().id, comment }))
  const reject = (comment: string) => run(() => api.call('orders.reject', { id: current().id, comment }))
  const markSent = () => run(() => api.call('orders.markSent', { id: current().id }))
  const revise = () => run(() => api.call('orders.revise', { id: current().id }))
  const cancel = (reason: string) => run(() => api.call('orders.cancel', { id: current().id, reason }))
  const shortClose = (reason: string, lineNo?: number) =>
    run(() => api.call('orders.shortClose', { id: current().id, reason, ...(lineNo ? { lineNo } : {}) }))

  return {
    order,
    header,
    supplierName,
    lines,
    loading,
    busy,
    dirty,
    startNew,
    load,
    loadHistory,
    changeSupplier,
    problem,
    save,
    submit,
    remove,
    approve,
    reject,
    markSent,
    revise,
    cancel,
    shortClose,
  }
}

export type OrderEditor = ReturnType<typeof useOrderEditor>
