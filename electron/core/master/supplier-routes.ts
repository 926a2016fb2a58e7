import { badInput, conflict, notFound } from '../../shared/errors'
import { localDate, timestamp, type Core } from '../context'
import { readSheet } from '../excel/workbook'
import { route } from '../route'
import { importSuppliers, supplierTemplate, usccProblem } from './supplier-import'
import {
  findSupplierId,
  getSupplier,
  insertSupplier,
  listSuppliers,
  updateSupplier,
  type SupplierFields,
} from './suppliers'

const SUPPLIER = { zh: '供应商', en: 'Supplier' }

function checkSupplier(core: Core, fields: SupplierFields, selfId?: number): void {
  const sameCode = findSupplierId(core.db, 'code', fields.code)
  if (sameCode && sameCode !== selfId)
    throw conflict(`供应商编码 ${fields.code} 已存在`, `Supplier code ${fields.code} exists`)
  if (fields.uscc) {
    const problem = usccProblem(fields.uscc)
    if (problem) throw badInput(problem, 'Invalid unified social credit code')
    const same = findSupplierId(core.db, 'uscc', fields.uscc)
    if (same && same !== selfId)
      throw conflict('该统一社会信用代码已登记给其他供应商', 'The credit code belongs to another supplier')
  }
  const seen = new Set<number>()
  for (const item of fields.items) {
    if (seen.has(item.itemId)) throw badInput('供应物资重复', 'An item is listed twice')
    seen.add(item.itemId)
    if (!core.db.prepare('SELECT 1 FROM items WHERE id = ?').get(item.itemId))
      throw badInput('供应物资不存在', 'No such item')
  }
}

export const supplierRoutes = {
  'suppliers.list': route<'suppliers.list'>()({
    access: 'master.read',
    handler: (ctx, input) => ({
      ...listSuppliers(
        ctx.core.db,
        input,
        localDate(ctx.core.now()),
        input.pageSize,
        (input.page - 1) * input.pageSize,
      ),
      page: input.page,
      pageSize: input.pageSize,
    }),
  }),

  'suppliers.get': route<'suppliers.get'>()({
    access: 'master.read',
    handler: (ctx, input) => getSupplier(ctx.core.db, input.id) ?? notFoundError(),
  }),

  'suppliers.create': route<'suppliers.create'>()({
    access: 'suppliers.write',
    mutates: true,
    handler: (ctx, input) => {
      checkSupplier(ctx.core, input)
      const supplier = getSupplier(ctx.core.db, insertSupplier(ctx.core.db, input, timestamp(ctx.core)))!
      ctx.note({
        target: `supplier:${supplier.id}`,
        summary: `新建供应商 ${supplier.code} ${supplier.name}`,
        after: supplier,
      })
      return supplier
    },
  }),

  'suppliers.update': route<'suppliers.update'>()({
    access: 'suppliers.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = getSupplier(ctx.core.db, input.id) ?? notFoundError()
      checkSupplier(ctx.core, input, input.id)
      updateSupplier(ctx.core.db, input.id, input, timestamp(ctx.core))
      const after = getSupplier(ctx.core.db, input.id)!
      ctx.note({ target: `supplier:${after.id}`, summary: `修改供应商 ${after.code} ${after.name}`, before, after })
      return after
    },
  }),

  'suppliers.importTemplate': route<'suppliers.importTemplate'>()({
    access: 'master.read',
    prepare: () => supplierTemplate(),
    handler: (_ctx, _input, file) => file,
  }),

  'suppliers.importCheck': route<'suppliers.importCheck'>()({
    access: 'suppliers.write',
    prepare: (_ctx, input) => readSheet(input.base64),
    handler: (ctx, _input, sheet) => importSuppliers(ctx.core, sheet, false),
  }),

  'suppliers.import': route<'suppliers.import'>()({
    access: 'suppliers.write',
    mutates: true,
    prepare: (_ctx, input) => readSheet(input.base64),
    handler: (ctx, input, sheet) => {
      const report = importSuppliers(ctx.core, sheet, true)
      if (report.ok)
        ctx.note({ target: 'suppliers', summary: `导入供应商 ${report.imported} 条（${input.fileName || 'Excel'}）` })
      return report
    },
  }),
}

function notFoundError(): never {
  throw notFound(SUPPLIER)
}
