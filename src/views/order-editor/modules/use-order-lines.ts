import { computed, ref } from 'vue'
import type { Item, PoLine, PriceHistoryRow } from '@shared/contract'
import { amountInCapitals } from '@shared/capitals'
import { formatScaled } from '@shared/money'
import { convertPriceE4 } from '@shared/rules/amounts'
import { priceInputText, quantityInputText } from '@/utils/quantity'
import {
  defaultPriceE4,
  lineHasProblem,
  orderLineState,
  orderTotalFen,
  packRatioMilli,
  toLineInput,
  type OrderLineDraft,
  type OrderLineInput,
} from './order-lines'

type Editable = Pick<OrderLineDraft, 'qtyText' | 'priceText' | 'taxText'>

/** The lines of a purchase order being edited: add by item (a second scan adds to its line), units, prices, totals. */
export function useOrderLines() {
  const lines = ref<OrderLineDraft[]>([])
  let nextKey = 1

  const states = computed(() => lines.value.map(orderLineState))
  const hasProblems = computed(() => states.value.some(lineHasProblem))
  const totalFen = computed(() => orderTotalFen(states.value))
  const capitals = computed(() => amountInCapitals(totalFen.value))

  const find = (key: number) => lines.value.find((line) => line.key === key)

  function applyDefaultPrice(line: OrderLineDraft): void {
    if (line.priceTouched) return
    const price = defaultPriceE4(line.history, line.packName, packRatioMilli(line), line.refPriceE4)
    line.priceText = priceInputText(price)
  }

  /**
   * Adds one scan or pick: `qtyMilli` base units, or one `pack` when a pack barcode was scanned. A line
   * of the same item and purchase unit is incremented instead.
   */
  function addItem(item: Item, qtyMilli: number, pack: string | null): { line: OrderLineDraft; incremented: boolean } {
    const packName = pack && item.packUnits.some((unit) => unit.name === pack) ? pack : null
    const existing = lines.value.find((line) => line.itemId === item.id && line.packName === packName)
    const added = packName === null ? qtyMilli : 1000
    if (existing) {
      const current = orderLineState(existing).qtyMilli ?? 0
      existing.qtyText = quantityInputText(current + added)
      return { line: existing, incremented: true }
    }
    const line: OrderLineDraft = {
      key: nextKey++,
      itemId: item.id,
      itemCode: item.code,
      itemName: item.name,
      itemSpec: item.spec,
      unit: item.unit,
      unitDecimals: item.unitDecimals,
      packUnits: item.packUnits.map(({ name, qtyMilli: ratio }) => ({ name, qtyMilli: ratio })),
      refPriceE4: item.refPriceE4,
      packName,
      qtyText: quantityInputText(added),
      priceText: '',
      priceTouched: false,
      taxText: '',
      history: [],
      saved: null,
    }
    applyDefaultPrice(line)
    lines.value.push(line)
    return { line: lines.value[lines.value.length - 1], incremented: false }
  }

  function update(key: number, patch: Partial<Editable>): void {
    const line = find(key)
    if (!line) return
    Object.assign(line, patch)
    if (patch.priceText !== undefined) line.priceTouched = true
  }

  /**
   * A new purchase unit. An untouched price becomes the default of the new unit; a typed one is
   * converted (22.00 a 包 → 110.00 a 箱 of 5), so the line costs the same per base unit.
   */
  function setUnit(key: number, packName: string | null): void {
    const line = find(key)
    if (!line) return
    const before = packRatioMilli(line)
    line.packName = packName
    if (!line.priceTouched) return applyDefaultPrice(line)
    const price = orderLineState(line).priceE4
    if (price !== null) line.priceText = priceInputText(convertPriceE4(price, before, packRatioMilli(line)))
  }

  /** The supplier's recent prices for a line's item arrived: an untouched price becomes the default. */
  function setHistory(key: number, history: PriceHistoryRow[]): void {
    const line = find(key)
    if (!line) return
    line.history = history
    applyDefaultPrice(line)
  }

  function remove(key: number): void {
    lines.value = lines.value.filter((line) => line.key !== key)
  }

  /** A saved order's lines; `items` gives each item's pack units and reference price where known. */
  function replaceWith(saved: readonly PoLine[], items: ReadonlyMap<number, Item> = new Map()): void {
    lines.value = saved.map((line) => {
      const item = items.get(line.itemId)
      const packUnits = item
        ? item.packUnits.map(({ name, qtyMilli }) => ({ name, qtyMilli }))
        : line.packName === null
          ? []
          : [{ name: line.packName, qtyMilli: line.packRatioMilli }]
      return {
        key: nextKey++,
        itemId: line.itemId,
        itemCode: line.itemCode,
        itemName: line.itemName,
        itemSpec: line.itemSpec,
        unit: line.unit,
        unitDecimals: line.unitDecimals,
        packUnits,
        refPriceE4: item?.refPriceE4 ?? 0,
        packName: line.packName,
        qtyText: quantityInputText(line.qtyMilli),
        priceText: priceInputText(line.priceE4),
        // A saved price is the user's: changing the supplier does not overwrite it.
        priceTouched: true,
        taxText: line.taxRateBp === null ? '' : formatScaled(line.taxRateBp, 2),
        history: [],
        saved: line,
      }
    })
  }

  /** The lines as the API takes them, or null while any line has a problem. */
  function toInput(): OrderLineInput[] | null {
    return hasProblems.value ? null : states.value.map(toLineInput)
  }

  const fingerprint = computed(() =>
    JSON.stringify(lines.value.map((line) => [line.itemId, line.packName, line.qtyText, line.priceText, line.taxText])),
  )

  return {
    lines,
    states,
    hasProblems,
    totalFen,
    capitals,
    addItem,
    update,
    setUnit,
    setHistory,
    remove,
    replaceWith,
    toInput,
    fingerprint,
  }
}

export type OrderLines = ReturnType<typeof useOrderLines>
