import { shallowRef } from 'vue'
import type { SelectOption } from 'naive-ui'
import type { Department, ItemListRow, SupplierListRow, Warehouse } from '@shared/contract'
import { api } from '@/api'

/**
 * Choices of the stock document screens (editor header and list filters): warehouses and departments,
 * small lists loaded whole; suppliers and items, searched in the core as the user types.
 */

/** Active warehouses by name and code; `keep` (the one a document already has) stays even when inactive. */
export function warehouseOptions(warehouses: readonly Warehouse[], keep: number | null = null): SelectOption[] {
  return warehouses
    .filter((warehouse) => warehouse.active || warehouse.id === keep)
    .map((warehouse) => ({ label: `${warehouse.name}（${warehouse.code}）`, value: warehouse.id }))
}

/**
 * Active departments labelled with their path (后勤处 / 维修班), so a flat, type-to-filter select tells
 * two 综合办 apart; `keep` stays even when inactive.
 */
export function departmentOptions(departments: readonly Department[], keep: number | null = null): SelectOption[] {
  const byId = new Map(departments.map((department) => [department.id, department]))
  const path = (department: Department): string => {
    const names: string[] = []
    const seen = new Set<number>()
    for (let at: Department | undefined = department; at && !seen.has(at.id); at = byId.get(at.parentId ?? -1)) {
      seen.add(at.id)
      names.unshift(at.name)
    }
    return names.join(' / ')
  }
  return departments
    .filter((department) => department.active || department.id === keep)
    .map((department) => ({ label: path(department), value: department.id }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
}

export async function searchSuppliers(search: string): Promise<SupplierListRow[]> {
  return (await api.call('suppliers.list', { search, pageSize: 30 })).rows
}
export const supplierLabel = (row: SupplierListRow): string => `${row.code} ${row.name}`

export async function searchItems(search: string): Promise<ItemListRow[]> {
  return (await api.call('items.list', { search, page: 1, pageSize: 30 })).rows
}
export const itemLabel = (row: ItemListRow): string => `${row.code} ${row.name}${row.spec ? ` ${row.spec}` : ''}`

/** Warehouses and departments, loaded once per screen. */
export function usePartyLists() {
  const warehouses = shallowRef<Warehouse[]>([])
  const departments = shallowRef<Department[]>([])

  async function load(): Promise<void> {
    const [warehouseRows, departmentRows] = await Promise.all([
      api.call('warehouses.list', {}),
      api.call('departments.list', {}),
    ])
    warehouses.value = warehouseRows
    departments.value = departmentRows
  }

  return { warehouses, departments, load }
}
