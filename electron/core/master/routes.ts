import type { Category } from '../../shared/contract'
import { badInput, conflict, notFound } from '../../shared/errors'
import type { Db } from '../db/open'
import { route, type AuditNote } from '../route'
import { listCategories } from './categories'
import { getDepartment, isSelfOrAncestor, listDepartments, listLocations, listPeople, listWarehouses } from './org'
import { listUnits, unitDecimals, upsertUnit } from './units'

const activeParam = (active?: boolean) => (active === undefined ? null : Number(active))
const categories = (db: Db): Category[] =>
  listCategories(db).map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name, active: c.active === 1 }))

function one<T>(rows: T[], what: { zh: string; en: string }): T {
  if (rows.length === 0) throw notFound(what)
  return rows[0]
}
const DEPARTMENT = { zh: '部门', en: 'Department' }

/** Runs an insert or update and maps a UNIQUE violation to a clear message about the code. */
function write(db: Db, sql: string, params: Record<string, unknown>, duplicate: string): number {
  try {
    return Number(db.prepare(sql).run(params).lastInsertRowid)
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw conflict(duplicate, 'The code or name is already used')
    }
    throw error
  }
}

const audit = (target: string, summary: string, after: unknown): AuditNote => ({ target, summary, after })

export const masterRoutes = {
  'warehouses.list': route<'warehouses.list'>()({ access: 'signed-in', handler: (ctx) => listWarehouses(ctx.core.db) }),
  'warehouses.create': route<'warehouses.create'>()({
    access: 'warehouses.write',
    mutates: true,
    handler: (ctx, input) => {
      const id = write(
        ctx.core.db,
        'INSERT INTO warehouses (code, name) VALUES (@code, @name)',
        input,
        `仓库编码 ${input.code} 已存在`,
      )
      const warehouse = one(
        listWarehouses(ctx.core.db).filter((w) => w.id === id),
        { zh: '仓库', en: 'Warehouse' },
      )
      ctx.note(audit(`warehouse:${id}`, `新建仓库 ${input.name}`, warehouse))
      return warehouse
    },
  }),
  'warehouses.update': route<'warehouses.update'>()({
    access: 'warehouses.write',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const before = one(
        listWarehouses(db).filter((w) => w.id === input.id),
        { zh: '仓库', en: 'Warehouse' },
      )
      if (input.active === false && listWarehouses(db).filter((w) => w.active && w.id !== input.id).length === 0) {
        throw conflict('至少需要保留一个启用的仓库', 'At least one active warehouse must remain')
      }
      write(
        db,
        'UPDATE warehouses SET code = @code, name = @name, active = coalesce(@active, active) WHERE id = @id',
        { ...input, active: activeParam(input.active) },
        `仓库编码 ${input.code} 已存在`,
      )
      const after = listWarehouses(db).find((w) => w.id === input.id)!
      ctx.note({ target: `warehouse:${input.id}`, summary: `修改仓库 ${after.name}`, before, after })
      return after
    },
  }),

  'locations.list': route<'locations.list'>()({
    access: 'master.read',
    handler: (ctx, input) => listLocations(ctx.core.db, input),
  }),
  'locations.create': route<'locations.create'>()({
    access: 'warehouses.write',
    mutates: true,
    handler: (ctx, input) => {
      const sql = 'INSERT INTO locations (warehouse_id, code, name) VALUES (@warehouseId, @code, @name)'
      const id = write(ctx.core.db, sql, input, `库位 ${input.code} 在该仓库已存在`)
      const location = listLocations(ctx.core.db, { includeInactive: true }).find((l) => l.id === id)!
      ctx.note(audit(`location:${id}`, `新建库位 ${input.code}`, location))
      return location
    },
  }),
  'locations.update': route<'locations.update'>()({
    access: 'warehouses.write',
    mutates: true,
    handler: (ctx, input) => {
      const all = () => listLocations(ctx.core.db, { includeInactive: true })
      const before = one(
        all().filter((l) => l.id === input.id),
        { zh: '库位', en: 'Location' },
      )
      const sql = `UPDATE locations SET warehouse_id = @warehouseId, code = @code, name = @name,
        active = coalesce(@active, active) WHERE id = @id`
      write(ctx.core.db, sql, { ...input, active: activeParam(input.active) }, `库位 ${input.code} 在该仓库已存在`)
      const after = all().find((l) => l.id === input.id)!
      ctx.note({ target: `location:${input.id}`, summary: `修改库位 ${after.code}`, before, after })
      return after
    },
  }),

  'categories.list': route<'categories.list'>()({
    access: 'master.read',
    handler: (ctx) => categories(ctx.core.db),
  }),
  'categories.create': route<'categories.create'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const sql = 'INSERT INTO categories (parent_id, name) VALUES (@parentId, @name)'
      const id = write(ctx.core.db, sql, input, `同一上级下已有分类「${input.name}」`)
      ctx.note(audit(`category:${id}`, `新建分类 ${input.name}`, input))
      return { id, parentId: input.parentId, name: input.name, active: true }
    },
  }),
  'categories.update': route<'categories.update'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const find = () =>
        one(
          categories(ctx.core.db).filter((c) => c.id === input.id),
          { zh: '分类', en: 'Category' },
        )
      const before = find()
      if (input.parentId && isSelfOrAncestor(ctx.core.db, 'categories', input.id, input.parentId)) {
        throw badInput('不能把分类移到它自己或它的下级之下', 'A category cannot move under itself')
      }
      const sql =
        'UPDATE categories SET parent_id = @parentId, name = @name, active = coalesce(@active, active) WHERE id = @id'
      write(ctx.core.db, sql, { ...input, active: activeParam(input.active) }, `同一上级下已有分类「${input.name}」`)
      const after = find()
      ctx.note({ target: `category:${input.id}`, summary: `修改分类 ${after.name}`, before, after })
      return after
    },
  }),

  'units.list': route<'units.list'>()({ access: 'master.read', handler: (ctx) => listUnits(ctx.core.db) }),
  'units.save': route<'units.save'>()({
    access: 'items.write',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const current = unitDecimals(db, input.name)
      if (
        current !== undefined &&
        current !== input.decimals &&
        db.prepare('SELECT 1 FROM items WHERE unit = ?').get(input.name)
      ) {
        throw conflict(
          `单位「${input.name}」已被物资使用，不能修改小数位`,
          'The unit is in use; its decimals are fixed',
        )
      }
      upsertUnit(db, input)
      ctx.note(audit(`unit:${input.name}`, `保存单位 ${input.name}`, input))
      return input
    },
  }),

  'departments.list': route<'departments.list'>()({
    access: 'master.read',
    handler: (ctx) => listDepartments(ctx.core.db),
  }),
  'departments.create': route<'departments.create'>()({
    access: 'org.write',
    mutates: true,
    handler: (ctx, input) => {
      const sql = 'INSERT INTO departments (code, name, parent_id) VALUES (@code, @name, @parentId)'
      const id = write(ctx.core.db, sql, input, `部门编码 ${input.code} 已存在`)
      const department = getDepartment(ctx.core.db, id)!
      ctx.note(audit(`department:${id}`, `新建部门 ${input.name}`, department))
      return department
    },
  }),
  'departments.update': route<'departments.update'>()({
    access: 'org.write',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const before = one(
        listDepartments(db).filter((d) => d.id === input.id),
        DEPARTMENT,
      )
      if (input.parentId && isSelfOrAncestor(db, 'departments', input.id, input.parentId)) {
        throw badInput('不能把部门移到它自己或它的下级之下', 'A department cannot move under itself')
      }
      const sql = `UPDATE departments SET code = @code, name = @name, parent_id = @parentId,
        active = coalesce(@active, active) WHERE id = @id`
      write(db, sql, { ...input, active: activeParam(input.active) }, `部门编码 ${input.code} 已存在`)
      const after = getDepartment(db, input.id)!
      ctx.note({ target: `department:${input.id}`, summary: `修改部门 ${after.name}`, before, after })
      return after
    },
  }),

  'people.list': route<'people.list'>()({
    access: 'master.read',
    handler: (ctx, input) => listPeople(ctx.core.db, input),
  }),
  'people.create': route<'people.create'>()({
    access: 'org.write',
    mutates: true,
    handler: (ctx, input) => {
      if (!getDepartment(ctx.core.db, input.departmentId)) throw badInput('部门不存在', 'No such department')
      const sql = 'INSERT INTO people (department_id, name, phone) VALUES (@departmentId, @name, @phone)'
      const id = write(ctx.core.db, sql, input, '人员重复')
      const person = listPeople(ctx.core.db, { search: '', includeInactive: true }).find((p) => p.id === id)!
      ctx.note(audit(`person:${id}`, `新建领用人 ${input.name}`, person))
      return person
    },
  }),
  'people.update': route<'people.update'>()({
    access: 'org.write',
    mutates: true,
    handler: (ctx, input) => {
      const all = () => listPeople(ctx.core.db, { search: '', includeInactive: true })
      const before = one(
        all().filter((p) => p.id === input.id),
        { zh: '人员', en: 'Person' },
      )
      if (!getDepartment(ctx.core.db, input.departmentId)) throw badInput('部门不存在', 'No such department')
      const sql = `UPDATE people SET department_id = @departmentId, name = @name, phone = @phone,
        active = coalesce(@active, active) WHERE id = @id`
      write(ctx.core.db, sql, { ...input, active: activeParam(input.active) }, '人员重复')
      const after = all().find((p) => p.id === input.id)!
      ctx.note({ target: `person:${input.id}`, summary: `修改领用人 ${after.name}`, before, after })
      return after
    },
  }),
}
