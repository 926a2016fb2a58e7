/**
 * The storekeeper's day on the ledger: issue to a department by scanner, reverse it (红冲), count the
 * shelf with one difference and post the stocktake — checking on-hand and the item ledger on screen,
 * against the core's own figures, after each step.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MethodName, Output } from '../../electron/shared/contract'
import { gtinCheckDigit } from '../../electron/shared/barcode'
import { launchBrowser, login, scan, screenshots, setupAdmin, startHost, type Host } from './harness'

let host: Host
let token: string
let browser: Browser
let page: Page
const shot = screenshots('stock')
const BODY = '690123450001'
const BARCODE = BODY + gtinCheckDigit(BODY)

async function call<M extends MethodName>(method: M, input: unknown): Promise<Output<M>> {
  const response = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { ok: boolean; data: Output<M>; error?: unknown }
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`)
  return body.data
}

beforeAll(async () => {
  host = await startHost()
  token = await setupAdmin(host)
  browser = await launchBrowser()
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  page = await context.newPage()
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const id = (testId: string) => page.getByTestId(testId)
/** This machine runs two cores under load: give the screen time to catch up. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 })
const today = () => new Date().toLocaleDateString('sv-SE')

/** The balance the core holds, and the ledger's last running quantity, for the item in warehouse 1. */
async function figures(itemId: number) {
  const onHand = await call('stock.onHand', { warehouseId: 1 })
  const ledger = await call('stock.itemLedger', { itemId, warehouseId: 1, pageSize: 200 })
  return {
    qty: onHand.rows.find((r) => r.itemId === itemId)?.qtyMilli ?? 0,
    value: onHand.rows.find((r) => r.itemId === itemId)?.valueFen ?? 0,
    ledgerRows: ledger.rows.length,
    lastRun: ledger.rows.at(-1)?.runQty,
  }
}

/** On-hand and item-ledger screens show the figures the core holds. */
async function checkScreens(itemId: number, expectedQty: string, expectedRows: number, name: string) {
  await page.goto(`${host.url}#/on-hand?warehouseId=1`)
  await poll(() => id('on-hand-table').textContent()).toContain('签字笔')
  const row = id('on-hand-table').locator('tr', { hasText: '签字笔' })
  await poll(() => row.textContent()).toContain(expectedQty)
  await shot(page, `${name}-on-hand`)
  await page.goto(`${host.url}#/stock-ledger?itemId=${itemId}&warehouseId=1`)
  await poll(() => id('ledger-row').count()).toBe(expectedRows)
  await poll(() => id('ledger-closing').textContent()).toContain(expectedQty)
  await shot(page, `${name}-ledger`)
}

describe('stock documents in the browser', () => {
  it('issues by scanner, reverses, counts with one difference; on-hand and the ledger agree each step', async () => {
    await call('departments.create', { code: 'D03', name: '教务处' })
    const item = await call('items.create', { code: 'BG3', name: '签字笔', unit: '支', barcodes: [BARCODE] })
    const receipt = await call('stock.createDraft', {
      requestId: crypto.randomUUID(),
      docType: 'RK',
      warehouseId: 1,
      businessDate: today(),
      lines: [{ itemId: item.id, qtyMilli: 10_000, priceE4: 25_000 }],
    })
    await call('stock.post', { id: receipt.id })
    await login(page, host)
    await checkScreens(item.id, '10', 1, '01-received')

    // 领用: two scans of the pen to 教务处.
    await id('nav-stock-out').click()
    await id('stock-out-new').click()
    await id('editor-department').click()
    await page.locator('.n-base-select-option', { hasText: '教务处' }).click()
    await page.locator('body').click({ position: { x: 900, y: 700 } })
    await scan(page, BARCODE)
    await poll(() => id('line-row').count()).toBe(1)
    await scan(page, BARCODE)
    await poll(() => id('line-qty').inputValue()).toBe('2')
    await shot(page, '02-issue-scanned')
    await id('save-draft').click()
    await poll(() => id('doc-status').textContent()).toContain('草稿')
    await id('post').click()
    await id('confirm-post').click()
    await id('doc-no').waitFor()
    expect(await id('doc-no').textContent()).toMatch(/CK\d{8}-0001/)
    const issueUrl = page.url()
    await shot(page, '03-issue-posted')
    expect(await figures(item.id)).toMatchObject({ qty: 8_000, value: 2_000, ledgerRows: 2, lastRun: 8_000 })
    await checkScreens(item.id, '8', 2, '04-issued')

    // 红冲: the reversal restores the balance exactly.
    await page.goto(issueUrl)
    await id('doc-reverse').click()
    await id('doc-reverse-confirm').click()
    await id('doc-reversal-tag').waitFor()
    await shot(page, '05-reversal')
    expect(await figures(item.id)).toMatchObject({ qty: 10_000, value: 2_500, ledgerRows: 3, lastRun: 10_000 })
    await checkScreens(item.id, '10', 3, '06-reversed')

    // 盘点: the shelf holds 9; the difference is posted as 盘亏 with its reason.
    await id('nav-stocktakes').click()
    await id('stocktake-new').click()
    await id('stocktake-create').click()
    await id(`stocktake-count-BG3`).waitFor()
    await id('stocktake-count-BG3').fill('9')
    await id('stocktake-reason-BG3').fill('丢失')
    await id('stocktake-save').click()
    await shot(page, '07-counted')
    await id('stocktake-post').click()
    await id('stocktake-post-confirm').click()
    await id('stocktake-result-link').first().waitFor()
    await shot(page, '08-stocktake-posted')
    expect(await figures(item.id)).toMatchObject({ qty: 9_000, value: 2_250, ledgerRows: 4, lastRun: 9_000 })
    await checkScreens(item.id, '9', 4, '09-counted')
    expect((await call('system.verifyLedger', {})).problems).toEqual([])
  })
})
