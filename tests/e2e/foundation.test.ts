/**
 * The Foundation flow in a real browser against `serve` on a fresh data folder:
 * first run → create admin → log in → item with a barcode → stock-in → two scanner bursts →
 * quantity 2 → post → on-hand 2 → print preview with the document number and 大写金额.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, scan, screenshots, startHost, type Host } from './harness'

let host: Host
let browser: Browser

beforeAll(async () => {
  host = await startHost()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const BARCODE = '6901234567892'

describe('foundation flow', () => {
  it('sets up, receives by scanner, posts and prints a 入库单', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const shot = screenshots('foundation')
    const id = (testId: string) => page.getByTestId(testId)

    // First run: no account exists, the setup screen creates the administrator.
    await page.goto(host.url)
    await id('setup-code').fill(host.setupCode)
    await id('setup-username').fill('admin')
    await id('setup-display-name').fill('王建国')
    await id('setup-password').fill('short')
    await id('setup-confirm').fill('short')
    await id('setup-submit').click()
    await expect.poll(() => page.getByText('至少 8').count()).toBeGreaterThan(0)
    await id('setup-password').fill('houqin-2026')
    await id('setup-confirm').fill('houqin-2026')
    await shot(page, 'setup')
    await id('setup-submit').click()
    await id('current-user').waitFor()
    expect(await id('current-user').textContent()).toContain('王建国')

    // Log out and in again, as the storekeeper will each morning.
    await id('logout').click()
    await id('login-username').fill('admin')
    await id('login-password').fill('houqin-2026')
    await shot(page, 'login')
    await id('login-submit').click()
    await id('current-user').waitFor()

    // An item with a barcode.
    await id('nav-items').click()
    await id('item-create').click()
    await id('item-code').fill('WZ10001')
    await id('item-name').fill('A4复印纸')
    await id('item-spec').fill('70g 500张/包')
    await id('item-unit').fill('包')
    await id('item-ref-price').fill('24.5')
    await id('item-barcodes').locator('button').click()
    await id('item-barcode-input').fill(BARCODE)
    await id('item-barcode-input').press('Enter')
    await shot(page, 'item-form')
    await id('item-save').click()
    await expect.poll(() => id('items-table').textContent()).toContain('A4复印纸')
    await shot(page, 'items')

    // A new stock-in; the scanner types the barcode at 5 ms a key + Enter, twice.
    await id('nav-stock-in').click()
    await id('stock-in-new').click()
    await id('scan-input').waitFor()
    await page.locator('body').click({ position: { x: 900, y: 700 } })
    await scan(page, BARCODE)
    await expect.poll(() => id('line-row').count()).toBe(1)
    await scan(page, BARCODE)
    await expect.poll(() => id('line-qty').inputValue()).toBe('2')
    expect(await id('line-row').count()).toBe(1)
    // An unknown code gets a clear message and adds nothing.
    await scan(page, '6900000000007')
    await expect.poll(() => page.getByText('未找到对应物资').count()).toBeGreaterThan(0)
    expect(await id('line-row').count()).toBe(1)
    await id('line-price').fill('24.5')
    await expect.poll(() => id('total-amount').textContent()).toContain('49.00')
    await shot(page, 'stock-in-scanned')

    await id('save-draft').click()
    await expect.poll(() => id('doc-status').textContent()).toContain('草稿')
    await id('post').click()
    await id('confirm-post').click()
    await id('doc-no').waitFor()
    const docNo = ((await id('doc-no').textContent()) ?? '').match(/RK\d{8}-\d{4}/)?.[0]
    expect(docNo).toBeTruthy()
    await shot(page, 'stock-in-posted')

    // On hand shows 2.
    await id('nav-on-hand').click()
    await expect.poll(() => id('on-hand-table').textContent()).toContain('A4复印纸')
    const row = id('on-hand-table').locator('tr', { hasText: 'WZ10001' })
    const cells = (await row.locator('td').allTextContents()).map((text) => text.trim())
    expect(cells).toContain('2')
    expect(cells).toContain('49.00')
    await shot(page, 'on-hand')

    // Print preview: document number and 大写金额.
    await id('nav-stock-in').click()
    await id('stock-in-table').getByText(docNo!).click()
    await id('print-preview').waitFor()
    const [preview] = await Promise.all([page.waitForEvent('popup'), id('print-preview').click()])
    await preview.waitForFunction(() => document.documentElement.dataset.printReady === 'true')
    expect(await preview.getByTestId('print-doc-no').textContent()).toContain(docNo!)
    expect(await preview.getByTestId('print-capitals').textContent()).toContain('肆拾玖元整')
    expect(await preview.getByTestId('print-barcode').locator('svg').count()).toBe(1)
    await preview.setViewportSize({ width: 1000, height: 1300 })
    await shot(preview as Page, 'print-preview')
    expect(errors).toEqual([])
    await context.close()
  })
})
