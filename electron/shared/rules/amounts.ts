/**
 * The amount and price rules the core books and the screens show: one pure function each, on the
 * integers of docs/ledger.md (quantities in base-unit thousandths, prices in 1/10000 元, amounts in 分),
 * every product through BigInt and rounded once, half away from zero (`divideRounded`), and every result
 * refused beyond the exact range (`exact`, 2^53 − 1).
 * The line amount (`lineAmountFen`) and the average price (`averagePriceE4`) are in ../money.ts.
 */
import { divideRounded, exact } from '../money'

/**
 * The amount of a receipt against an order line, at the order price per purchase unit:
 * round(acceptedMilli × priceE4 / (packRatioMilli × 100)) — accepted ÷ ratio × price, rounded once.
 * With the base unit (ratio 1000) it is the line amount.
 */
export function receiptAmountFen(acceptedMilli: number, priceE4: number, packRatioMilli: number): number {
  return exact(divideRounded(BigInt(acceptedMilli) * BigInt(priceE4), BigInt(packRatioMilli) * 100n))
}

/** A price per one pack unit as a price per another, by their base-unit ratios: round(price × to / from). */
export function convertPriceE4(priceE4: number, fromRatioMilli: number, toRatioMilli: number): number {
  return exact(divideRounded(BigInt(priceE4) * BigInt(toRatioMilli), BigInt(fromRatioMilli)), 'price')
}

/** The price per base unit of a price per purchase unit (a ratio of 12 000 for a box of 12). */
export const basePriceE4 = (priceE4: number, packRatioMilli: number): number =>
  convertPriceE4(priceE4, packRatioMilli, 1000)

/**
 * The unit cost a document line shows: its own price, or — for an issue or transfer, which the ledger
 * values at posting — its value out over its quantity (the average price of the line), never signed.
 */
export function shownUnitPriceE4(line: { priceE4: number; amountFen: number; qtyMilli: number }): number {
  if (line.priceE4 !== 0 || line.qtyMilli === 0) return line.priceE4
  return exact(divideRounded(BigInt(Math.abs(line.amountFen)) * 100_000n, BigInt(Math.abs(line.qtyMilli))), 'price')
}
