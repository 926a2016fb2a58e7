import { describe, expect, it } from 'vitest'
import { count, makeApp, setupAdmin, userClient } from './helpers'
import { readBack, workbook } from './xlsx'

const HEADERS = ['物资编码*', '仓库编码', '数量*', '单价', '金额']

async function catalogue(admin: Awaited<ReturnType<typeof setupAdmin>>) {
  await admin('items.create', { code: 'WZ1', name: 'A4复印纸', unit: '包' })
  await admin('items.create', { code: 'SP1', name: '大米', unit: 'kg', unitDecimals: 3 })
  await admin('warehouses.create', { code: 'WH02', name: '食堂库' })
}

describe('opening stock (期初) from Excel', () => {
  it('reports every bad row and posts nothing until the file is clean', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await catalogue(admin)
    const rows: (string | number)[][] = [
      ['WZ1', '', '20', '24.5', ''],
      ['WZ9', '', '1', '1', ''],
      ['WZ1', 'WH99', '1.5', '', ''],
      ['SP1', 'WH02', '12.5', '', 'abc'],
      ['WZ1', '', '3', '1', ''],
    ]
    const report = await admin('stock.openingImport', {
      businessDate: '2026-11-01',
      base64: await workbook(HEADERS, rows),
    })
    expect(report.ok).toBe(false)
    expect(report.issues).toEqual([
      { row: 3, column: '物资编码', message: '物资编码 WZ9 不存在' },
      { row: 4, column: '仓库编码', message: '仓库编码 WH99 不存在或已停用' },
      { row: 4, column: '数量', message: '数量「1.5」不正确（单位「包」不允许小数）' },
      { row: 4, column: '单价', message: '单价和金额至少填写一项' },
      { row: 5, column: '金额', message: '金额「abc」不正确（最多 2 位小数）' },
      { row: 6, column: '物资编码', message: '与第 2 行重复（同一物资、同一仓库）' },
    ])
    expect(count(app, 'documents')).toBe(0)
    expect(count(app, 'stock_movements')).toBe(0)
  })

  it('posts one 期初 stock-in per warehouse, at the given price or the exact amount', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await catalogue(admin)
    const base64 = await workbook(HEADERS, [
      ['WZ1', '', '20', '24.5', ''],
      ['SP1', 'wh02', '12.5', '', '100.01'],
    ])
    expect(await admin('stock.openingCheck', { businessDate: '2026-11-01', base64 })).toMatchObject({
      ok: true,
      imported: 0,
    })
    expect(count(app, 'documents')).toBe(0)
    const report = await admin('stock.openingImport', { businessDate: '2026-11-01', fileName: '期初.xlsx', base64 })
    expect(report).toMatchObject({ ok: true, imported: 2 })
    expect(report.documentIds).toHaveLength(2)
    const docs = await Promise.all(report.documentIds.map((id) => admin('stock.get', { id })))
    expect(docs.map((d) => [d.subtype, d.status, d.docNo, d.businessDate, d.totalFen])).toEqual([
      ['opening', 'posted', 'RK20261101-0001', '2026-11-01', 49_000],
      ['opening', 'posted', 'RK20261101-0002', '2026-11-01', 10_001],
    ])
    expect(docs[1].lines[0]).toMatchObject({ qtyMilli: 12_500, amountFen: 10_001, priceE4: 80_008 })
    const onHand = (await admin('stock.onHand', {})).rows.map((r) => [
      r.itemCode,
      r.warehouseName,
      r.qtyMilli,
      r.valueFen,
    ])
    expect(onHand).toEqual([
      ['SP1', '食堂库', 12_500, 10_001],
      ['WZ1', '总仓', 20_000, 49_000],
    ])
    // 期初 is once per item and warehouse.
    const again = await admin('stock.openingCheck', { businessDate: '2026-11-01', base64 })
    expect(again.issues.map((i) => i.message)).toEqual([
      '「A4复印纸」在该仓库已有出入库记录，不能再导入期初',
      '「大米」在该仓库已有出入库记录，不能再导入期初',
    ])
  })

  it('refuses a future date, and needs the right to post', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await catalogue(admin)
    const base64 = await workbook(HEADERS, [['WZ1', '', '1', '1', '']])
    const future = await admin('stock.openingImport', { businessDate: '2026-12-01', base64 })
    expect(future.issues).toEqual([{ row: 1, column: '业务日期', message: '业务日期不能晚于今天' }])
    const buyer = await userClient(app, admin, 'buyer', 'purchaser')
    await expect(buyer('stock.openingImport', { businessDate: '2026-11-01', base64 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    expect((await readBack((await admin('stock.openingTemplate')).base64))[0]).toEqual([
      '物资编码*',
      '仓库编码',
      '数量*',
      '单价',
      '金额',
    ])
  })
})
