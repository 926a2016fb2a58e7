import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { exportRoutes } from '../../electron/core/export/routes'
import { cellValue, SheetWriter } from '../../electron/core/export/sheet-writer'
import { insertItem } from '../../electron/core/items/repository'
import { routes } from '../../electron/core/app'
import { createClient, createRouter } from '../../electron/core/router'
import { contract, type ItemListRow } from '../../electron/shared/contract'
import { parseScaled } from '../../electron/shared/money'
import { makeApp, setupAdmin, userClient, type Client } from './helpers'
import { exportList, readSheets } from './xlsx'
import { bounded } from './property'

/** `n` items straight into the database in one transaction (the route would take minutes for 12,000). */
function insertItems(app: ReturnType<typeof makeApp>, n: number): void {
  const at = app.now.toISOString()
  app.core.db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const fields = contract['items.create'].input.parse({
        code: `WZ${String(i).padStart(6, '0')}`,
        name: i % 3 === 0 ? `蓝色文件夹 ${i}` : `物资 ${i}`,
        unit: '个',
        refPriceE4: i * 12_345,
      })
      insertItem(app.core.db, fields, at)
    }
  })()
}

/** Every row of a list through the list method itself, page by page at the largest page size. */
async function allPages(admin: Client, filters: Record<string, unknown>): Promise<ItemListRow[]> {
  const rows: ItemListRow[] = []
  for (let page = 1; ; page++) {
    const result = await admin('items.list', { ...filters, page, pageSize: 200 })
    rows.push(...result.rows)
    if (rows.length >= result.total) return rows
  }
}

describe('exports of whole lists', () => {
  it('writes every one of 12,000 items, as items.list gives them over all its pages, with progress', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    insertItems(app, 12_000)
    const { file, steps } = await exportList(admin, 'items', { sort: 'name', order: 'desc' })
    expect(file.fileName).toBe('物资-2026-11-26.xlsx')
    // Steps of 2,000 rows: the counts climb to the total, then the last call brings the file.
    expect(steps.map((s) => s.done)).toEqual([2000, 4000, 6000, 8000, 10000, 12000, 12000])
    expect(steps.every((s) => s.total === 12_000)).toBe(true)
    const [sheet, ...more] = await readSheets(file.base64)
    expect(more).toHaveLength(0)
    expect(sheet.rows[0].slice(0, 2)).toEqual(['物资编码', '物资名称'])
    const listed = await allPages(admin, { sort: 'name', order: 'desc' })
    expect(sheet.rows.slice(1).map((r) => [r[0], r[1], r[11]])).toEqual(
      listed.map((item) => [item.code, item.name, item.refPriceE4 / 10_000]),
    )
  }, 120_000)

  it('keeps to the filters on screen', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    insertItems(app, 6_500)
    const { file } = await exportList(admin, 'items', { search: '蓝色' })
    const [sheet] = await readSheets(file.base64)
    const listed = await allPages(admin, { search: '蓝色' })
    expect(listed).toHaveLength(2_166)
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(listed.map((item) => item.code))
  }, 120_000)

  it('writes stock documents with their amounts exactly, under the document list filters', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const paper = await admin('items.create', { code: 'A1', name: '复印纸', unit: '包' })
    for (const [qtyMilli, priceE4] of [
      [3_000, 33_333],
      [1_000, 10_001],
      [1_000, 12_345],
    ]) {
      const doc = await admin('stock.createDraft', {
        requestId: crypto.randomUUID(),
        docType: 'RK',
        warehouseId: 1,
        businessDate: '2026-11-20',
        lines: [{ itemId: paper.id, qtyMilli, priceE4 }],
      })
      await admin('stock.post', { id: doc.id })
    }
    const filters = { docType: 'RK', status: 'posted' }
    const { file } = await exportList(admin, 'stockDocuments', filters)
    const [sheet] = await readSheets(file.base64)
    const listed = await admin('stock.list', { ...filters, page: 1, pageSize: 50 })
    expect(sheet.name).toBe('入库单')
    expect(sheet.rows[0]).toContain('金额合计')
    const amount = sheet.rows[0].indexOf('金额合计')
    expect(sheet.rows.slice(1).map((r) => [r[0], r[amount]])).toEqual(
      listed.rows.map((doc) => [doc.docNo, doc.totalFen / 100]),
    )
    expect(sheet.rows.slice(1).map((r) => r[amount])).toEqual([1.23, 1, 10])
    expect((await exportList(admin, 'stockDocuments', { docType: 'RK', status: 'draft' })).steps[0].total).toBe(0)
  })

  it('refuses without a session, without the list permission, with bad filters, and for another user', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const viewer = await userClient(app, admin, 'viewer1', 'viewer')
    await expect(createClient(app.router)('exports.start', { list: 'items' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    })
    await expect(admin('exports.start', { list: 'onHand', filters: { lowOnly: 'yes' } })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      details: [expect.objectContaining({ path: 'filters.lowOnly' })],
    })
    const { job } = await admin('exports.start', { list: 'items' })
    await expect(viewer('exports.next', { job })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // The export asks the list's own route: were items.list an administrator's list, a viewer could not export it.
    const restricted = { ...routes, 'items.list': { ...routes['items.list'], access: 'audit.read' as const } }
    const router = createRouter(app.core, { ...restricted, ...exportRoutes(restricted) })
    const session = await createClient(router)('auth.login', { username: 'viewer1', password: 'viewer1-password' })
    await expect(createClient(router, () => session.token)('exports.start', { list: 'items' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    expect((await exportList(viewer, 'items')).file.fileName).toMatch(/\.xlsx$/)
  })
})

describe('cells and sheets', () => {
  it('writes 分, thousandths and 1/10000 元 as numbers that read back as exactly the amount', () => {
    const exact = (kind: 'fen' | 'qty' | 'price', scale: number) =>
      fc.assert(
        fc.property(fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }), (n) => {
          const value = cellValue(kind, n)
          expect(typeof value).toBe('number')
          // exceljs writes String(value) into the sheet; Excel parses that text back.
          expect(parseScaled(String(value), scale)).toBe(n)
        }),
        bounded(2000),
      )
    exact('fen', 2)
    exact('qty', 3)
    exact('price', 4)
    expect(cellValue('fen', 123_456)).toBe(1234.56)
    expect(cellValue('fen', -5)).toBe(-0.05)
    // From 16 digits a double no longer holds every 分: the exact text instead.
    expect(cellValue('fen', 1e15)).toBe('10000000000000.00')
    expect(cellValue('fen', null)).toBeNull()
    expect(cellValue('text', 7)).toBe('7')
  })

  it("goes on into a further sheet with the same header at the sheet's row limit, losing nothing", async () => {
    const writer = new SheetWriter('库存', [{ header: '编码' }, { header: '数量', kind: 'qty' }], 1_000)
    for (let i = 0; i < 2_500; i++) writer.add([`C${i}`, i * 1_000])
    const sheets = await readSheets((await writer.finish()).toString('base64'))
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['库存', 1_001],
      ['库存 (2)', 1_001],
      ['库存 (3)', 501],
    ])
    expect(sheets.every((s) => s.rows[0][0] === '编码')).toBe(true)
    const data = sheets.flatMap((s) => s.rows.slice(1))
    expect(data.map((r) => r[0])).toEqual(Array.from({ length: 2_500 }, (_, i) => `C${i}`))
    expect(data[2_499][1]).toBe(2_499)
  })
})
