import type { Ref } from 'vue'
import { useDialog, useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { ItemListRow, SupplierListRow } from '@shared/contract'
import { api } from '@/api'
import { errorText } from '@/utils/errors'
import { decimalsOf, withItem, type ToOrderRow } from './to-orders'

/**
 * The editing of 集中采购's lines: the item of a free-text line (chosen, or made from the line), and the
 * supplier of each line. Every change replaces the row, so the list stays a plain array of values.
 */
export function useToOrderRows(rows: Ref<ToOrderRow[]>) {
  const { t } = useI18n()
  const message = useMessage()
  const dialog = useDialog()

  function replace(key: string, next: (row: ToOrderRow) => ToOrderRow): void {
    rows.value = rows.value.map((row) => (row.key === key ? next(row) : row))
  }

  function chooseItem(key: string, item: ItemListRow | null): void {
    if (!item) return replace(key, (row) => ({ ...row, itemId: null, itemLabel: '' }))
    replace(key, (row) => withItem(row, item))
    void nameSupplierOf(key)
  }

  /** A supplier set from a chosen item's default needs its name for the select. */
  async function nameSupplierOf(key: string): Promise<void> {
    const row = rows.value.find((candidate) => candidate.key === key)
    if (!row || row.supplierId === null || row.supplierName) return
    const supplierId = row.supplierId
    const supplier = await api.call('suppliers.get', { id: supplierId })
    replace(key, (current) =>
      current.supplierId === supplierId ? { ...current, supplierName: supplier.name } : current,
    )
  }

  function chooseSupplier(key: string, supplier: SupplierListRow | null): void {
    replace(key, (row) => ({ ...row, supplierId: supplier?.id ?? null, supplierName: supplier?.name ?? '' }))
  }

  function createItem(row: ToOrderRow): void {
    dialog.info({
      title: t('purchase.toOrders.createItemTitle', { name: row.name }),
      content: t('purchase.toOrders.createItemContent'),
      positiveText: t('purchase.toOrders.createItem'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        try {
          const item = await api.call('items.create', {
            name: row.name,
            spec: row.spec,
            unit: row.unit || '个',
            unitDecimals: decimalsOf(row.remainingMilli),
            defaultSupplierId: row.supplierId,
          })
          replace(row.key, (current) => withItem(current, item))
          message.success(t('purchase.toOrders.itemCreated', { code: item.code, name: item.name }))
        } catch (error) {
          message.error(errorText(error))
        }
      },
    })
  }

  return { chooseItem, chooseSupplier, createItem }
}
