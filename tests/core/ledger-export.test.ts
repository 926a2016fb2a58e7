import { describe, expect, it } from 'vitest'
import type { ItemLedger, LedgerEntry } from '../../electron/shared/contract'
import { routes } from '../../electron/core/app'
import { exportRoutes } from '../../electron/core/export/routes'
import { createClient, createRouter } from '../../electron/core/router'
import { makeApp, setupAdmin, userClient, type Client } from './helpers'
import { exportList, readSheets } from './xlsx'

const HEADERS = [
  '日期',
  '单号',
  '业务类型',
  '往来单位',
  '收入数量',
  '收入金额',
  '发出数量',
  '发出金额',
  '结存数量',
  '平均单价',
  '结存金额',
]
const DAYS = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']

/**
 * 2,504 movements of one item in warehouse 1: each day a 300-line 入库单 and a 200-line 出库单 (lines of
 * one item are movements of their own), and on 11-04 a two-line issue that is then reversed (红冲).
 */
async function history(admin: Client) {
  const item = await admin('items.create', { code: 'WJ01', name: '文件夹', unit: '个' })
  const dept = await admin('departments.create', { code: 'D1', name: '教务处' })
  const post = async (docType: 'RK' | 'CK', businessDate: string, lines: { qtyMilli: number; priceE4?: number }[]) => {
    const draft = await admin('stock.createDraft', {
      requestId: crypto.randomUUID(),
      docType,
      warehouseId: 1,
      businessDate,
      ...(docType === 'CK' ? { departmentId: dept.id } : {}),
      lines: lines.map((line) => ({ itemId: item.id, ...line })),
    })
    return admin('stock.post', { id: draft.id })
  }
  for (const [d, day] of DAYS.entries()) {
    const lines = Array.from({ length: 300 }, (_, i) => ({
      qtyMilli: ((i % 7) + 1) * 1000,
      priceE4: 10_001 + i * 37 + d,
    }))
    await post('RK', day, lines)
    await post(
      'CK',
      day,
      Array.from({ length: 200 }, (_, i) => ({ qtyMilli: ((i % 3) + 1) * 1000 })),
    )
    if (day === '2026-11-04') {
      const issue = await post('CK', day, [{ qtyMilli: 2000 }, { qtyMilli: 5000 }])
      await admin('stock.reverse', { id: issue.id, requestId: crypto.randomUUID() })
    }
  }
  return item
}

/** The ledger through its own method over every page (the screen's largest page). */
async function ledgerPages(admin: Client, query: Record<string, unknown>): Promise<ItemLedger[]> {
  const pages: ItemLedger[] = []
  for (let page = 1, seen = 0; ; page++) {
    const ledger = await admin('stock.itemLedger', { ...query, page, pageSize: 200 })
    pages.push(ledger)
    seen += ledger.rows.length
    if (seen >= ledger.total) return pages
  }
}

/** A movement as the sheet should read it, from the ledger's own fields: 入库 under 收入, 出库 under 发出. */
function expectedRow(entry: LedgerEntry): unknown[] {
  const receipt = entry.docType === 'RK'
  const type =
    (receipt ? '其他入库' : '领用出库') +
    (entry.reversal ? (entry.qtyDelta > 0 === receipt ? '（已红冲）' : '（红冲）') : '')
  return [
    entry.businessDate,
    entry.docNo,
    type,
    receipt ? null : '教务处',
    receipt ? entry.qtyDelta / 1000 : null,
    receipt ? entry.valueFen / 100 : null,
    receipt ? null : -entry.qtyDelta / 1000,
    receipt ? null : -entry.valueFen / 100,
    entry.runQty / 1000,
    entry.avgPriceE4 === null ? null : entry.avgPriceE4 / 10_000,
    entry.runValue / 100,
  ]
}
const balanceRow = (name: string, qtyMilli: number, valueFen: number, avgPriceE4: number | null) => [
  name,
  ...Array<null>(7).fill(null),
  qtyMilli / 1000,
  avgPriceE4 === null ? null : avgPriceE4 / 10_000,
  valueFen / 100,
]
/** Sheet figures back to the integers of the core (quantities in thousandths, amounts in 分). */
const milli = (cell: unknown) => Math.round(Number(cell ?? 0) * 1000)
const fen = (cell: unknown) => Math.round(Number(cell ?? 0) * 100)

describe('明细账 export', () => {
  it('writes the opening, every movement of every page in order with its 收入 / 发出 split, and the closing', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const item = await history(admin)
    const query = { itemId: item.id, warehouseId: 1, dateFrom: '2026-11-01', dateTo: '2026-11-30' }
    const { file, steps } = await exportList(admin, 'itemLedger', query)
    const warehouse = (await admin('warehouses.list', {})).find((w) => w.id === 1)
    expect(file.fileName).toBe(`明细账-WJ01-${warehouse?.name}-2026-11-01~2026-11-30.xlsx`)
    // Progress counts movements: two steps of up to 2,000, then the file.
    expect(steps.map((s) => [s.done, s.total])).toEqual([
      [2000, 2504],
      [2504, 2504],
      [2504, 2504],
    ])

    const [sheet, ...more] = await readSheets(file.base64)
    expect(more).toHaveLength(0)
    expect(sheet.name).toBe('明细账')
    expect(sheet.rows[0]).toEqual(HEADERS)
    const entries = (await ledgerPages(admin, query)).flatMap((page) => page.rows)
    expect(entries).toHaveLength(2504)
    expect(entries.filter((e) => e.reversal)).toHaveLength(4)
    const last = entries[entries.length - 1]
    expect(sheet.rows).toEqual([
      HEADERS,
      balanceRow('期初结存', 0, 0, null),
      ...entries.map(expectedRow),
      balanceRow('期末结存', last.runQty, last.runValue, last.avgPriceE4),
    ])

    // The sheet adds up on its own: each 结存 is the one above plus 收入 less 发出, in quantity and value; a
    // 红冲 pair is valued as if neither had been posted (docs/ledger.md), so its rows leave 结存 as it was.
    const body = sheet.rows.slice(1)
    for (let i = 1; i < body.length - 1; i++) {
      const [above, row] = [body[i - 1], body[i]]
      const neutral = String(row[2]).includes('红冲')
      const [inQty, inFen, outQty, outFen] = neutral
        ? [0, 0, 0, 0]
        : [milli(row[4]), fen(row[5]), milli(row[6]), fen(row[7])]
      expect(milli(row[8])).toBe(milli(above[8]) + inQty - outQty)
      expect(fen(row[10])).toBe(fen(above[10]) + inFen - outFen)
    }
    const onHand = await admin('stock.onHand', { warehouseId: 1 })
    const balance = onHand.rows.find((row) => row.itemId === item.id)
    expect([milli(body.at(-1)?.[8]), fen(body.at(-1)?.[10])]).toEqual([balance?.qtyMilli, balance?.valueFen])
  }, 120_000)

  it('opens a date range at the balance before it and closes it at its last movement', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const item = await history(admin)
    const all = (await ledgerPages(admin, { itemId: item.id, warehouseId: 1 })).flatMap((page) => page.rows)
    const query = { itemId: item.id, warehouseId: 1, dateFrom: '2026-11-04', dateTo: '2026-11-05' }
    const { file, steps } = await exportList(admin, 'itemLedger', query)
    const [sheet] = await readSheets(file.base64)
    const before = all.filter((e) => e.businessDate < '2026-11-04').at(-1)
    const inRange = all.filter((e) => e.businessDate >= '2026-11-04' && e.businessDate <= '2026-11-05')
    expect(inRange).toHaveLength(1004)
    if (!before) throw new Error('no movement before the range')
    const last = inRange[inRange.length - 1]
    expect(steps.at(-1)).toMatchObject({ done: 1004, total: 1004 })
    expect(sheet.rows).toEqual([
      HEADERS,
      balanceRow('期初结存', before.runQty, before.runValue, before.avgPriceE4),
      ...inRange.map(expectedRow),
      balanceRow('期末结存', last.runQty, last.runValue, last.avgPriceE4),
    ])

    // Nothing moved after the 6th: the opening and the closing are both the final balance.
    const later = await exportList(admin, 'itemLedger', { ...query, dateFrom: '2026-12-01', dateTo: '2026-12-31' })
    const final = all[all.length - 1]
    const closed = balanceRow('期末结存', final.runQty, final.runValue, final.avgPriceE4)
    expect((await readSheets(later.file.base64))[0].rows).toEqual([HEADERS, ['期初结存', ...closed.slice(1)], closed])
    expect(later.steps.map((s) => s.done)).toEqual([0, 0])
  }, 120_000)

  it("asks the ledger's own permission and schema", async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await expect(admin('exports.start', { list: 'itemLedger', filters: { warehouseId: 1 } })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      details: [expect.objectContaining({ path: 'filters.itemId' })],
    })
    const viewer = await userClient(app, admin, 'viewer1', 'viewer')
    const item = await admin('items.create', { code: 'WJ01', name: '文件夹', unit: '个' })
    const filters = { itemId: item.id, warehouseId: 1 }
    const { file } = await exportList(viewer, 'itemLedger', filters)
    expect(file.fileName).toBe('明细账-WJ01-总仓.xlsx')
    expect((await readSheets(file.base64))[0].rows.map((row) => row[0])).toEqual(['日期', '期初结存', '期末结存'])
    // Were the ledger an administrator's report, a viewer could not export it either.
    const restricted = {
      ...routes,
      'stock.itemLedger': { ...routes['stock.itemLedger'], access: 'audit.read' as const },
    }
    const router = createRouter(app.core, { ...restricted, ...exportRoutes(restricted) })
    const session = await createClient(router)('auth.login', { username: 'viewer1', password: 'viewer1-password' })
    const start = createClient(router, () => session.token)('exports.start', { list: 'itemLedger', filters })
    await expect(start).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
