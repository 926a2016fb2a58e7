import { formatPrice, formatQuantity } from '@shared/money'

/** A quantity as plain decimal text for a spreadsheet cell: exact, no thousands separators. */
export const quantityCell = (qtyMilli: number): string => formatQuantity(qtyMilli).replace(/,/g, '')

/** A unit price in 1/10000 元 as plain decimal text for a spreadsheet cell; empty when there is none. */
export const priceCell = (priceE4: number | null): string =>
  priceE4 === null ? '' : formatPrice(priceE4).replace(/,/g, '')

/** Sum of amounts in 分; integers, so exact. */
export const sumFen = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)
