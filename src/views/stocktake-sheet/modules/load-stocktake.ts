import type { StocktakeView } from '@shared/contract'
import { api } from '@/api'
import { withPostedBook } from './count-logic'

/** A stocktake as the sheet and its print show it: once posted, with the book its posting compared against. */
export async function loadStocktake(id: number): Promise<StocktakeView> {
  const stocktake = await api.call('stock.stocktakeGet', { id })
  if (stocktake.status !== 'posted' || stocktake.results.length === 0) return stocktake
  const results = await Promise.all(stocktake.results.map((result) => api.call('stock.get', { id: result.id })))
  return withPostedBook(stocktake, results)
}
