/**
 * Master data as a new clerk meets it: a supplier with two contacts, a 1,000-row catalogue imported from
 * Excel (three bad rows reported, nothing imported, then the corrected file), finding items by 拼音首字母
 * and by scanning a pack barcode in the search box, and exporting the filtered list.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gtinCheckDigit } from '../../electron/shared/barcode'
import { launchBrowser, login, scan, screenshots, setupAdmin, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let page: Page
const shot = screenshots('master-data')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-xlsx-'))

beforeAll(async () => {
  host = await startHost()
  await setupAdmin(host)
  browser = await launchBrowser()
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  })
  page = await context.newPage()
  await login(page, host)
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

const id = (testId: string) => page.getByTestId(testId)
const ean = (prefix: string, n: number) => {
  const body = prefix + String(n).padStart(12 - prefix.length, '0')
  return body + gtinCheckDigit(body)
}
const HEADERS = [
  '物资编码',
  '物资名称*',
  '规格型号',
  '分类',
  '基本单位*',
  '包装单位',
  '包装换算',
  '条码',
  '包装条码',
  '最低库存',
  '最高库存',
  '参考单价',
]
const PACK_BARCODE = ean('692', 500)

function catalogueRows(): (string | number)[][] {
  return Array.from({ length: 1000 }, (_, i) => {
    const n = i + 1
    const name = n === 500 ? '消毒湿巾' : `办公用品${n}号`
    return [
      `WZ${String(n).padStart(5, '0')}`,
      name,
      '标准',
      '',
      '个',
      '箱',
      '12',
      ean('691', n),
      ean('692', n),
      '5',
      '50',
      '2.5',
    ]
  })
}

async function writeWorkbook(file: string, rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('物资')
  sheet.addRow(HEADERS)
  for (const row of rows) sheet.addRow(row)
  const target = path.join(dir, file)
  await book.xlsx.writeFile(target)
  return target
}

describe('master data', () => {
  it('creates a supplier with two contacts', async () => {
    await id('nav-suppliers').click()
    await id('supplier-create').click()
    await id('supplier-code').fill('GYS001')
    await id('supplier-name').fill('西安晨光文具有限公司')
    await id('supplier-short-name').fill('晨光文具')
    await id('supplier-uscc').fill('9111010812788988X5')
    for (const [name, phone] of [
      ['张主管', '13856851652'],
      ['李会计', '029-88886666'],
    ]) {
      await id('supplier-contact-add').click()
      await id('contact-name').last().fill(name)
      await id('contact-phone').last().fill(phone)
    }
    await shot(page, 'supplier-drawer')
    await id('supplier-save').click()
    await expect.poll(() => id('suppliers-table').textContent()).toContain('西安晨光文具有限公司')
    expect(await id('suppliers-table').textContent()).toContain('张主管')
    await shot(page, 'suppliers')
  })

  it('reports all three bad rows of a 1,000-row workbook, imports nothing, then imports the corrected file', async () => {
    const rows = catalogueRows()
    const bad = structuredClone(rows)
    bad[9][4] = '坨' // unknown unit, Excel row 11
    bad[99][7] = '6911111111110' // wrong check digit, row 101
    bad[799][0] = 'WZ00001' // duplicate code of row 2, row 801
    await id('nav-items').click()
    await id('items-import').click()
    await id('import-file').setInputFiles(await writeWorkbook('bad.xlsx', bad))
    await id('import-check').click()
    await expect.poll(() => id('import-issue-row').count(), { timeout: 30_000 }).toBe(3)
    const issues = await id('import-issues').textContent()
    expect(issues).toContain('未知单位「坨」')
    expect(issues).toContain('校验位错误')
    expect(issues).toContain('与第 2 行重复')
    await shot(page, 'import-issues')
    expect(await id('import-submit').isDisabled()).toBe(true)

    await id('import-file').setInputFiles(await writeWorkbook('good.xlsx', rows))
    await id('import-check').click()
    await id('import-ok').waitFor({ timeout: 30_000 })
    await id('import-submit').click()
    await expect.poll(() => id('import-result').textContent(), { timeout: 30_000 }).toContain('1000')
    await shot(page, 'import-done')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByText('共 1000 条').count()).toBeGreaterThan(0)
  })

  it('finds an item by 拼音首字母 and by scanning its pack barcode in the search box', async () => {
    await id('item-search').fill('xdsj')
    await id('item-search').press('Enter')
    await expect.poll(() => id('items-table').locator('tbody tr').count()).toBe(1)
    expect(await id('items-table').textContent()).toContain('消毒湿巾')
    await id('item-search').fill('')
    await id('item-search').press('Enter')
    await expect.poll(() => id('items-table').locator('tbody tr').count()).toBeGreaterThan(1)
    await page.locator('body').click({ position: { x: 1000, y: 850 } })
    await scan(page, PACK_BARCODE)
    await expect.poll(() => id('item-search').inputValue()).toBe(PACK_BARCODE)
    await expect.poll(() => id('items-table').locator('tbody tr').count()).toBe(1)
    expect(await id('items-table').textContent()).toContain('消毒湿巾')
    await shot(page, 'scanned-pack-barcode')
  })

  it('exports the filtered list and reads it back', async () => {
    await id('item-search').fill('办公用品99')
    await id('item-search').press('Enter')
    await expect.poll(() => id('items-table').locator('tbody tr').count()).toBe(11) // 99 and 990–999
    const [download] = await Promise.all([page.waitForEvent('download'), id('items-export').click()])
    const file = path.join(dir, download.suggestedFilename())
    await download.saveAs(file)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const names: string[] = []
    book.worksheets[0].eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(2).value))
    })
    expect(names).toHaveLength(11)
    expect(names).toContain('办公用品99号')
    expect(names.every((name) => name.startsWith('办公用品99'))).toBe(true)
  })
})
