/** Departments, people, warehouses and locations: small tables with plain row mapping. */
import type { Department, Location, Person, Warehouse } from '../../shared/contract'
import type { Db } from '../db/open'

const bool = <T extends { active: number }>(row: T) => ({ ...row, active: row.active === 1 })

export const listDepartments = (db: Db): Department[] =>
  (
    db.prepare('SELECT id, code, name, parent_id AS parentId, active FROM departments ORDER BY code').all() as (Omit<
      Department,
      'active'
    > & { active: number })[]
  ).map(bool)

export const getDepartment = (db: Db, id: number): Department | undefined =>
  listDepartments(db).find((d) => d.id === id)

export function listPeople(
  db: Db,
  filter: { departmentId?: number; search: string; includeInactive: boolean },
): Person[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.department_id AS departmentId, d.name AS departmentName, p.name, p.phone, p.active
       FROM people p JOIN departments d ON d.id = p.department_id
       WHERE (@departmentId IS NULL OR p.department_id = @departmentId) AND (@all = 1 OR p.active = 1)
         AND (@search = '' OR p.name LIKE '%' || @search || '%' OR p.phone LIKE @search || '%')
       ORDER BY d.code, p.name`,
    )
    .all({
      departmentId: filter.departmentId ?? null,
      all: Number(filter.includeInactive),
      search: filter.search,
    }) as (Omit<Person, 'active'> & { active: number })[]
  return rows.map(bool)
}

export const listWarehouses = (db: Db): Warehouse[] =>
  (
    db.prepare('SELECT id, code, name, active FROM warehouses ORDER BY code').all() as (Omit<Warehouse, 'active'> & {
      active: number
    })[]
  ).map(bool)

/** The warehouse used when none is named: the first active one. */
export const defaultWarehouseId = (db: Db): number =>
  (db.prepare('SELECT id FROM warehouses WHERE active = 1 ORDER BY id LIMIT 1').get() as { id: number }).id

export function listLocations(db: Db, filter: { warehouseId?: number; includeInactive: boolean }): Location[] {
  const rows = db
    .prepare(
      `SELECT id, warehouse_id AS warehouseId, code, name, active FROM locations
       WHERE (@warehouseId IS NULL OR warehouse_id = @warehouseId) AND (@all = 1 OR active = 1) ORDER BY warehouse_id, code`,
    )
    .all({ warehouseId: filter.warehouseId ?? null, all: Number(filter.includeInactive) }) as (Omit<
    Location,
    'active'
  > & {
    active: number
  })[]
  return rows.map(bool)
}

/** True when `ancestor` is `id` or above it in a parent_id tree — a node may not move under its own child. */
export function isSelfOrAncestor(db: Db, table: 'departments' | 'categories', ancestor: number, id: number): boolean {
  let current: number | null = id
  for (let depth = 0; current !== null && depth < 50; depth++) {
    if (current === ancestor) return true
    const row = db.prepare(`SELECT parent_id FROM ${table} WHERE id = ?`).get(current) as
      { parent_id: number | null } | undefined
    current = row?.parent_id ?? null
  }
  return false
}
