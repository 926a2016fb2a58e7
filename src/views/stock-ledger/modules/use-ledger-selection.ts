import { ref, shallowRef } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { LocationQuery } from 'vue-router'
import type { Item, Warehouse } from '@shared/contract'
import { api } from '@/api'
import { beep } from '@/utils/beep'
import { localDate } from '@/utils/date'
import { errorText } from '@/utils/errors'
import { queryId } from '@/utils/route-query'
import { lookupItem } from '@/utils/lookup-item'
import { rangeFromQuery, startOfYear } from './ledger-rows'

/**
 * Which item, warehouse and dates the ledger shows: from the address (the on-hand screen and the items list
 * link here), from the pickers, or from a scan. `changed` is called whenever the choice is complete or changes.
 */
export function useLedgerSelection(query: LocationQuery, changed: () => void) {
  const { t } = useI18n()
  const message = useMessage()
  const today = localDate()
  const itemId = ref<number | null>(queryId(query.itemId))
  const item = shallowRef<Item | null>(null)
  const warehouseId = ref<number | null>(queryId(query.warehouseId))
  const range = ref<[string, string]>(rangeFromQuery(query, today))
  const warehouses = shallowRef<Warehouse[]>([])

  /**
   * A warehouse for an item when none is chosen yet: the first that holds it, else the first active one —
   * an item's ledger in a warehouse that never had it is empty.
   */
  async function defaultWarehouse(chosen: Item): Promise<number | null> {
    try {
      const page = await api.call('stock.onHand', { search: chosen.code, page: 1, pageSize: 50 })
      const held = page.rows.find((row) => row.itemId === chosen.id && row.qtyMilli !== 0)
      if (held) return held.warehouseId
    } catch {
      // Fall back to the first warehouse below.
    }
    return warehouses.value.find((warehouse) => warehouse.active)?.id ?? null
  }

  async function pickItem(chosen: Item | null): Promise<void> {
    item.value = chosen
    itemId.value = chosen?.id ?? null
    if (chosen && warehouseId.value === null) warehouseId.value = await defaultWarehouse(chosen)
    changed()
  }

  function pickWarehouse(id: number | null): void {
    warehouseId.value = id
    changed()
  }

  function pickRange(value: [string, string] | null): void {
    range.value = value ?? [startOfYear(today), today]
    changed()
  }

  /** A scan picks the item wherever the focus is, as on every screen with a scanner. */
  async function scan(code: string): Promise<void> {
    try {
      const result = await lookupItem(code, false)
      if (result.kind !== 'found') {
        beep('error')
        message.error(
          t(result.kind === 'bad-check-digit' ? 'stockLedger.badCheckDigit' : 'stockLedger.codeNotFound', { code }),
        )
        return
      }
      beep('ok')
      message.success(t('stockLedger.picked', { name: result.item.name }), { duration: 1500 })
      await pickItem(result.item)
    } catch (error) {
      beep('error')
      message.error(errorText(error))
    }
  }

  /** The item named in the address, and a warehouse for it if the address names none. */
  async function fetchItem(id: number): Promise<void> {
    try {
      const found = await api.call('items.get', { id })
      if (itemId.value !== id) return
      item.value = found
      if (warehouseId.value === null) {
        warehouseId.value = await defaultWarehouse(found)
        changed()
      }
    } catch (error) {
      message.error(errorText(error))
    }
  }

  // Mounting and a changed address may both ask for the same item at once: one request serves both.
  let pendingItem: { id: number; done: Promise<void> } | null = null
  function loadItem(): Promise<void> {
    const id = itemId.value
    if (id === null || item.value?.id === id) return Promise.resolve()
    if (pendingItem?.id === id) return pendingItem.done
    const done = fetchItem(id).finally(() => {
      if (pendingItem?.done === done) pendingItem = null
    })
    pendingItem = { id, done }
    return done
  }

  /** The lists the pickers need, then the item named in the address. */
  async function load(): Promise<void> {
    try {
      warehouses.value = await api.call('warehouses.list', {})
    } catch {
      // The warehouse picker stays empty; the ledger itself reports errors.
    }
    await loadItem()
  }

  /** Another address for this screen while it is open (a link from elsewhere): show what it names. */
  async function applyQuery(next: LocationQuery): Promise<void> {
    itemId.value = queryId(next.itemId)
    warehouseId.value = queryId(next.warehouseId)
    range.value = rangeFromQuery(next, today)
    item.value = null
    changed()
    await loadItem()
  }

  /** The address of the current choice, so a reload or the back button returns to it. */
  function toQuery(): Record<string, string> {
    const next: Record<string, string> = { from: range.value[0], to: range.value[1] }
    if (itemId.value !== null) next.itemId = String(itemId.value)
    if (warehouseId.value !== null) next.warehouseId = String(warehouseId.value)
    return next
  }

  return {
    itemId,
    item,
    warehouseId,
    range,
    warehouses,
    pickItem,
    pickWarehouse,
    pickRange,
    scan,
    load,
    applyQuery,
    toQuery,
  }
}
