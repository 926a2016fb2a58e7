import { computed, ref } from 'vue'
import type { Input, Item, StockLine } from '@shared/contract'
import { amountInCapitals } from '@shared/capitals'
import { lineAmountOrNull, parsePrice } from '@shared/money'
import { checkQuantity, priceInputText, quantityInputText, type QuantityProblem } from '@/utils/quantity'

/** A line as edited: quantity and price are kept as the user typed them and parsed exactly. */
export interface EditorLine {
  key: number
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  unit: string
  unitDecimals: number
  qtyText: string
  priceText: string
  /** A posted document's line amount as the core reports it (an issue's comes from the ledger); else null. */
  postedAmountFen: number | null
}

export interface LineState {
  line: EditorLine
  qtyMilli: number | null
  qtyProblem: QuantityProblem | null
  priceE4: number | null
  priceInvalid: boolean
  /** null while the quantity or price cannot be parsed, and on an unposted line of an unpriced document. */
  amountFen: number | null
}

type LineInput = Input<'stock.updateDraft'>['lines'][number]

/** An empty price means 0 (donations, opening balances); anything else must be a price ≥ 0. */
function checkPrice(text: string): number | null {
  if (text.trim() === '') return 0
  const price = parsePrice(text)
  return price !== null && price >= 0 ? price : null
}

/**
 * A line's parsed quantity, price and amount. An unpriced document (出库, 调拨) has no price to check:
 * its amounts are known only once the ledger has valued the posting.
 */
export function stateOf(line: EditorLine, priced: boolean): LineState {
  const quantity = checkQuantity(line.qtyText, line.unitDecimals)
  const priceE4 = priced ? checkPrice(line.priceText) : 0
  const ownAmount =
    priced && quantity.qtyMilli !== null && priceE4 !== null ? lineAmountOrNull(quantity.qtyMilli, priceE4) : null
  return {
    line,
    qtyMilli: quantity.qtyMilli,
    qtyProblem: quantity.problem,
    priceE4,
    priceInvalid: priceE4 === null,
    amountFen: line.postedAmountFen ?? ownAmount,
  }
}

/**
 * The lines of a stock document being edited: adding by item, validation, and exact totals.
 * `priced`: the lines carry unit prices (入库单); otherwise only quantities are entered.
 */
export function useEditorLines(priced = true) {
  const lines = ref<EditorLine[]>([])
  let nextKey = 1

  const states = computed(() => lines.value.map((line) => stateOf(line, priced)))
  const hasProblems = computed(() => states.value.some((state) => state.qtyProblem !== null || state.priceInvalid))
  // Totals are sums of the rounded line amounts, as the core computes them.
  const totalQtyMilli = computed(() => states.value.reduce((sum, state) => sum + (state.qtyMilli ?? 0), 0))
  const totalFen = computed(() => states.value.reduce((sum, state) => sum + (state.amountFen ?? 0), 0))
  const capitals = computed(() => amountInCapitals(totalFen.value))

  /** Adds a line for the item, or adds `qtyMilli` to its existing line. Returns the line and which happened. */
  function addItem(item: Item, qtyMilli: number): { line: EditorLine; incremented: boolean } {
    const existing = lines.value.find((line) => line.itemId === item.id)
    if (existing) {
      const current = checkQuantity(existing.qtyText, existing.unitDecimals).qtyMilli ?? 0
      existing.qtyText = quantityInputText(current + qtyMilli)
      return { line: existing, incremented: true }
    }
    const line: EditorLine = {
      key: nextKey++,
      itemId: item.id,
      itemCode: item.code,
      itemName: item.name,
      itemSpec: item.spec,
      unit: item.unit,
      unitDecimals: item.unitDecimals,
      qtyText: quantityInputText(qtyMilli),
      priceText: priced ? priceInputText(item.refPriceE4) : '',
      postedAmountFen: null,
    }
    lines.value.push(line)
    return { line: lines.value[lines.value.length - 1], incremented: false }
  }

  function setQty(key: number, text: string): void {
    const line = lines.value.find((candidate) => candidate.key === key)
    if (line) line.qtyText = text
  }

  function setPrice(key: number, text: string): void {
    const line = lines.value.find((candidate) => candidate.key === key)
    if (line) line.priceText = text
  }

  function removeLine(key: number): void {
    lines.value = lines.value.filter((line) => line.key !== key)
  }

  /** Replaces the lines with a document's saved lines; a posted document's amounts are taken as they are. */
  function replaceWith(saved: readonly StockLine[], posted = false): void {
    lines.value = saved.map((line) => ({
      key: nextKey++,
      itemId: line.itemId,
      itemCode: line.itemCode,
      itemName: line.itemName,
      itemSpec: line.itemSpec,
      unit: line.unit,
      unitDecimals: line.unitDecimals,
      qtyText: quantityInputText(line.qtyMilli),
      priceText: priceInputText(line.priceE4),
      postedAmountFen: posted ? line.amountFen : null,
    }))
  }

  /** The lines as the API takes them, or null while any line has a problem. */
  function toInput(): LineInput[] | null {
    if (hasProblems.value) return null
    return states.value.map((state) => ({
      itemId: state.line.itemId,
      qtyMilli: state.qtyMilli ?? 0,
      priceE4: state.priceE4 ?? 0,
    }))
  }

  /** A string that changes whenever anything the user can edit changes (for unsaved-change tracking). */
  const fingerprint = computed(() =>
    JSON.stringify(lines.value.map((line) => [line.itemId, line.qtyText, line.priceText])),
  )

  return {
    lines,
    states,
    hasProblems,
    totalQtyMilli,
    totalFen,
    capitals,
    addItem,
    setQty,
    setPrice,
    removeLine,
    replaceWith,
    toInput,
    fingerprint,
  }
}

export type EditorLines = ReturnType<typeof useEditorLines>
