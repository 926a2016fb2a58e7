import type { Input, Item, Requisition } from '@shared/contract'

/** One approved requisition line still to be ordered, as the 集中采购 dialog edits it. */
export interface ToOrderRow {
  key: string
  requisitionId: number
  reqNo: string
  lineNo: number
  /** A free-text line names no catalogue item: one must be chosen (or created) for it. */
  freeText: boolean
  itemId: number | null
  itemLabel: string
  name: string
  spec: string
  unit: string
  /** Still to order, in base units: asked for less what is on orders already. */
  remainingMilli: number
  supplierId: number | null
  supplierName: string
}

export type ToOrdersProblem = 'nothing' | 'warehouse' | 'item' | 'supplier'

const label = (code: string | null, name: string, spec: string) => [code, name, spec].filter(Boolean).join(' ')

/** The lines of the chosen requisitions that are not (fully) on orders yet, in requisition order. */
export function pendingRows(requisitions: readonly Requisition[]): ToOrderRow[] {
  return requisitions.flatMap((requisition) =>
    requisition.lines
      .filter((line) => line.qtyMilli > line.orderedMilli)
      .map((line) => ({
        key: `${requisition.id}:${line.lineNo}`,
        requisitionId: requisition.id,
        reqNo: requisition.reqNo,
        lineNo: line.lineNo,
        freeText: line.itemId === null,
        itemId: line.itemId,
        itemLabel: line.itemId === null ? '' : label(line.itemCode, line.name, line.spec),
        name: line.name,
        spec: line.spec,
        unit: line.unit,
        remainingMilli: line.qtyMilli - line.orderedMilli,
        supplierId: null,
        supplierName: '',
      })),
  )
}

/** Sets an item on a row (the one chosen or created for a free-text line) and, if none is chosen yet, its supplier. */
export function withItem(row: ToOrderRow, item: Pick<Item, 'id' | 'code' | 'name' | 'spec' | 'defaultSupplierId'>) {
  return {
    ...row,
    itemId: item.id,
    itemLabel: label(item.code, item.name, item.spec),
    supplierId: row.supplierId ?? item.defaultSupplierId,
  }
}

/** Each row without a supplier gets its item's default supplier, named from `supplierNames`. */
export function withDefaultSuppliers(
  rows: readonly ToOrderRow[],
  items: ReadonlyMap<number, Pick<Item, 'defaultSupplierId'>>,
  supplierNames: ReadonlyMap<number, string>,
): ToOrderRow[] {
  return rows.map((row) => {
    const supplierId =
      row.supplierId ?? (row.itemId === null ? null : (items.get(row.itemId)?.defaultSupplierId ?? null))
    const supplierName = supplierId === null ? '' : (supplierNames.get(supplierId) ?? row.supplierName)
    return { ...row, supplierId, supplierName }
  })
}

/** What keeps the rows from becoming orders, checked in the order the user would fix it. */
export function toOrdersProblem(rows: readonly ToOrderRow[], warehouseId: number | null): ToOrdersProblem | null {
  if (rows.length === 0) return 'nothing'
  if (warehouseId === null) return 'warehouse'
  if (rows.some((row) => row.itemId === null)) return 'item'
  if (rows.some((row) => row.supplierId === null)) return 'supplier'
  return null
}

type Lines = Input<'requisitions.toOrders'>['lines']

/** The rows as requisitions.toOrders takes them: the item only where the line had none of its own. */
export function toOrdersLines(rows: readonly ToOrderRow[]): Lines {
  return rows.map((row) => ({
    requisitionId: row.requisitionId,
    lineNo: row.lineNo,
    ...(row.freeText && row.itemId !== null ? { itemId: row.itemId } : {}),
    ...(row.supplierId !== null ? { supplierId: row.supplierId } : {}),
  }))
}

/** How many decimals a quantity needs (12.5 → 1), for the unit of an item created from a free-text line. */
export function decimalsOf(qtyMilli: number): number {
  if (qtyMilli % 1000 === 0) return 0
  if (qtyMilli % 100 === 0) return 1
  if (qtyMilli % 10 === 0) return 2
  return 3
}
