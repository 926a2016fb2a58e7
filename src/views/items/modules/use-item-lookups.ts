import { computed, shallowRef } from 'vue'
import { useMessage, type SelectOption } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { Category, Location, Unit, Warehouse } from '@shared/contract'
import { api } from '@/api'
import { errorText } from '@/utils/errors'
import { categoryTreeOptions } from '@/components/tree-options'

/**
 * The short master lists the item drawer picks from: units, categories, warehouses and locations.
 * Loaded each time the drawer opens, so a category or location added meanwhile is there.
 */
export function useItemLookups() {
  const { t } = useI18n()
  const message = useMessage()
  const units = shallowRef<Unit[]>([])
  const categories = shallowRef<Category[]>([])
  const warehouses = shallowRef<Warehouse[]>([])
  const locations = shallowRef<Location[]>([])

  async function load(): Promise<void> {
    try {
      const [u, c, w, l] = await Promise.all([
        api.call('units.list', {}),
        api.call('categories.list', {}),
        api.call('warehouses.list', {}),
        api.call('locations.list', { includeInactive: true }),
      ])
      units.value = u
      categories.value = c
      warehouses.value = w
      locations.value = l
    } catch (error) {
      message.error(errorText(error))
    }
  }

  const decimalsOf = (unit: string | null): number | undefined => units.value.find((u) => u.name === unit)?.decimals

  const unitOptions = computed((): SelectOption[] =>
    units.value.map((unit) => ({ label: unit.name, value: unit.name })),
  )

  const inactive = (label: string, active: boolean) => (active ? label : `${label}（${t('common.inactive')}）`)

  /** Active warehouses, and an inactive one only where a row already has it. */
  function warehouseOptions(keep: readonly (number | null)[]): SelectOption[] {
    return warehouses.value
      .filter((warehouse) => warehouse.active || keep.includes(warehouse.id))
      .map((warehouse) => ({
        label: inactive(warehouse.name, warehouse.active),
        value: warehouse.id,
        disabled: !warehouse.active,
      }))
  }

  /** Every active location as 仓库 / 库位, and the item's current one even when inactive. */
  function locationOptions(keep: number | null): SelectOption[] {
    const warehouseName = new Map(warehouses.value.map((warehouse) => [warehouse.id, warehouse.name]))
    return locations.value
      .filter((location) => location.active || location.id === keep)
      .map((location) => {
        const name = location.name ? `${location.code} ${location.name}` : location.code
        return {
          label: inactive(`${warehouseName.get(location.warehouseId) ?? ''} / ${name}`, location.active),
          value: location.id,
          disabled: !location.active,
        }
      })
  }

  const categoryOptions = (keep: number | null) => categoryTreeOptions(categories.value, t('common.inactive'), keep)

  return { load, decimalsOf, unitOptions, warehouseOptions, locationOptions, categoryOptions }
}
