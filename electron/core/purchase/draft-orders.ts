import type { PoSummary } from '../../shared/contract'
import { safeAdd } from '../../shared/money'
import { localDate, type Core } from '../context'
import { signedIn, type RouteContext } from '../route'
import { allocateDocNo } from '../stock/documents'
import { getSetting } from '../system/settings'
import { getItem } from '../items/repository'
import { orderView, priceOrderLines, saveOrder, type OrderFields } from './orders'
import { lastBasePrice } from './planning'

const today = (core: Core) => localDate(core.now())
export const nextNo = (core: Core, key: 'docPrefix.CG' | 'docPrefix.SQ') =>
  allocateDocNo(core.db, getSetting(core.db, key), today(core))

/** Draft orders, one per supplier, each line priced at the supplier's last price (or the item's reference). */
export function draftOrdersBySupplier(
  ctx: RouteContext,
  requestId: string,
  warehouseId: number,
  lines: {
    itemId: number
    supplierId: number
    qtyMilli: number
    sources?: { requisitionId: number; lineNo: number }[]
  }[],
): PoSummary[] {
  const core = ctx.core
  const user = signedIn(ctx)
  const bySupplier = new Map<number, typeof lines>()
  for (const line of lines) bySupplier.set(line.supplierId, [...(bySupplier.get(line.supplierId) ?? []), line])
  const made: PoSummary[] = []
  let index = 0
  for (const [supplierId, group] of bySupplier) {
    // Lines of one item merge into one order line that keeps a link to every request it serves.
    const merged = new Map<
      number,
      { qtyMilli: number; sources: { requisitionId: number; lineNo: number; qtyMilli: number }[] }
    >()
    for (const line of group) {
      const entry = merged.get(line.itemId) ?? { qtyMilli: 0, sources: [] }
      entry.qtyMilli = safeAdd(entry.qtyMilli, line.qtyMilli, 'quantity')
      for (const source of line.sources ?? []) entry.sources.push({ ...source, qtyMilli: line.qtyMilli })
      merged.set(line.itemId, entry)
    }
    const fields: OrderFields = {
      supplierId,
      warehouseId,
      expectedDate: null,
      paymentTerms: '',
      deliveryTerms: '',
      note: '',
      lines: [...merged].map(([itemId, entry]) => ({
        itemId,
        packName: null,
        qtyMilli: entry.qtyMilli,
        priceE4: lastBasePrice(core.db, itemId, supplierId) ?? getItem(core.db, itemId)?.refPriceE4 ?? 0,
        taxRateBp: null,
      })),
    }
    const sources = new Map([...merged.values()].map((entry, i) => [i, entry.sources]))
    const id = saveOrder(
      core,
      fields,
      priceOrderLines(core, fields),
      { requestId: `${requestId}:${index++}`, poNo: nextNo(core, 'docPrefix.CG'), userId: user.id },
      sources,
    )
    made.push(orderView(core, id))
  }
  return made
}
