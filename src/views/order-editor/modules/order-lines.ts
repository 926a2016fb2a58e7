import type { Input, PackUnit, PoLine, PriceHistoryRow } from '@shared/contract'
import { formatQuantity, lineAmountFen, parsePrice, parseScaled } from '@shared/money'
import { convertPriceE4 } from '@shared/rules/amounts'
import { checkQuantity, type QuantityProblem } from '@/utils/quantity'

/**
 * A purchase order line as edited. The quantity and price are per purchase unit — the item's base unit
 * or one of its pack units (盒 = 12 支) — kept as typed and parsed exactly.
 */
export interface OrderLineDraft {
  key: number
  itemId: number
  itemCode: string
  itemName: string
  itemSpec: string
  unit: string
  unitDecimals: number
  packUnits: Pick<PackUnit, 'name' | 'qtyMilli'>[]
  refPriceE4: number
  /** The purchase unit: a pack unit's name, or null for the base unit. */
  packName: string | null
  qtyText: string
  priceText: string
  /** Typed by the user: kept when the unit or the supplier changes, instead of the default price. */
  priceTouched: boolean
  /** 税率 in percent as typed; empty for none. */
  taxText: string
  /** This item's recent prices from the order's supplier, newest first (for the default price). */
  history: PriceHistoryRow[]
  /** The saved line, for what only the core knows: received, rejected, closed, sources. */
  saved: PoLine | null
}

export type OrderQtyProblem = QuantityProblem | 'conversion'

export interface OrderLineState {
  line: OrderLineDraft
  qtyMilli: number | null
  qtyProblem: OrderQtyProblem | null
  priceE4: number | null
  priceInvalid: boolean
  taxRateBp: number | null
  taxInvalid: boolean
  /** null while the quantity or the price cannot be parsed. */
  amountFen: number | null
}

export type OrderLineInput = Input<'orders.create'>['lines'][number]

/** Base-unit thousandths in one purchase unit of the line (1000 for the base unit). */
export function packRatioMilli(line: Pick<OrderLineDraft, 'packName' | 'packUnits'>): number {
  if (line.packName === null) return 1000
  return line.packUnits.find((pack) => pack.name === line.packName)?.qtyMilli ?? 1000
}

/** The purchase units to choose from: the base unit ('' as value) and each pack unit with its ratio, 盒(12支). */
export function unitOptions(line: Pick<OrderLineDraft, 'unit' | 'packUnits'>): { label: string; value: string }[] {
  return [
    { label: line.unit, value: '' },
    ...line.packUnits.map((pack) => ({
      label: `${pack.name}(${formatQuantity(pack.qtyMilli)}${line.unit})`,
      value: pack.name,
    })),
  ]
}

/** A purchase unit's label as the table shows it read-only. */
export function unitLabel(unit: string, packName: string | null, ratioMilli: number): string {
  return packName === null ? unit : `${packName}(${formatQuantity(ratioMilli)}${unit})`
}

/**
 * The price a new line starts with: the supplier's last price when it was for this same purchase unit,
 * else the item's reference price (per base unit) in the purchase unit.
 */
export function defaultPriceE4(
  history: readonly Pick<PriceHistoryRow, 'packName' | 'priceE4'>[],
  packName: string | null,
  ratioMilli: number,
  refPriceE4: number,
): number {
  const last = history[0]
  if (last && last.packName === packName) return last.priceE4
  return convertPriceE4(refPriceE4, 1000, ratioMilli)
}

/** 税率 text in percent (13, 6.5) → basis points; '' → null; undefined when it is not a rate. */
export function parseTaxRate(text: string): number | null | undefined {
  if (text.trim() === '') return null
  const bp = parseScaled(text, 2)
  return bp !== null && bp >= 0 && bp <= 10_000 ? bp : undefined
}

/** The quantity in the purchase unit, which must come to a whole number of the base unit's steps. */
function checkOrderQuantity(line: OrderLineDraft): { qtyMilli: number | null; problem: OrderQtyProblem | null } {
  const ratio = packRatioMilli(line)
  const checked = checkQuantity(line.qtyText, line.packName === null ? line.unitDecimals : 3)
  if (checked.qtyMilli === null) return checked
  const step = 1000n * 10n ** BigInt(3 - line.unitDecimals)
  if ((BigInt(checked.qtyMilli) * BigInt(ratio)) % step !== 0n) return { qtyMilli: null, problem: 'conversion' }
  return checked
}

export function orderLineState(line: OrderLineDraft): OrderLineState {
  const quantity = checkOrderQuantity(line)
  const parsedPrice = line.priceText.trim() === '' ? 0 : parsePrice(line.priceText)
  const priceE4 = parsedPrice !== null && parsedPrice >= 0 ? parsedPrice : null
  const tax = parseTaxRate(line.taxText)
  return {
    line,
    qtyMilli: quantity.qtyMilli,
    qtyProblem: quantity.problem,
    priceE4,
    priceInvalid: priceE4 === null,
    taxRateBp: tax ?? null,
    taxInvalid: tax === undefined,
    amountFen: quantity.qtyMilli !== null && priceE4 !== null ? lineAmountFen(quantity.qtyMilli, priceE4) : null,
  }
}

export const lineHasProblem = (state: OrderLineState): boolean =>
  state.qtyProblem !== null || state.priceInvalid || state.taxInvalid

/** The order total: the sum of the rounded line amounts, as the core adds it up. */
export const orderTotalFen = (states: readonly OrderLineState[]): number =>
  states.reduce((sum, state) => sum + (state.amountFen ?? 0), 0)

export function toLineInput(state: OrderLineState): OrderLineInput {
  return {
    itemId: state.line.itemId,
    packName: state.line.packName,
    qtyMilli: state.qtyMilli ?? 0,
    priceE4: state.priceE4 ?? 0,
    taxRateBp: state.taxRateBp,
  }
}
