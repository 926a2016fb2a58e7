/**
 * Purchasing from request to shelf, by four people on their own screens: a storekeeper asks for pens and
 * paper for 教务处, an approver approves, the purchaser turns the request into an order and submits it,
 * a second approver approves the order; the order is printed (PDF checked with pdftotext) and marked as
 * sent; the storekeeper scans the order's barcode at the door, scans what came in two deliveries and
 * posts each; the order ends 已到货 with the stock and average cost right; and an item under its minimum
 * becomes a draft order from the reorder suggestions.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { amountInCapitals } from '../../electron/shared/capitals'
import { gtinCheckDigit } from '../../electron/shared/barcode'
import { ADMIN, launchBrowser, login, scan, screenshots, setupAdmin, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let adminToken: string
const shot = screenshots('purchasing')
const artifacts = path.resolve(import.meta.dirname, 'artifacts/purchasing')

const ean13 = (body: string) => body + gtinCheckDigit(body)
const PEN_UNIT = ean13('690123456789') // one pen
const PEN_BOX = ean13('691123456789') // a box of 12
const PAPER = ean13('692123456789')
const GLOVES = ean13('693123456789') // not on the order
const PASSWORD = 'caigou-2026'
const USERS = {
  keeper: { username: 'keeper', displayName: '李仓管', role: 'storekeeper' },
  boss: { username: 'boss', displayName: '张主任', role: 'approver' },
  buyer: { username: 'buyer', displayName: '赵采购', role: 'purchaser' },
  deputy: { username: 'deputy', displayName: '钱副主任', role: 'approver' },
} as const
type UserKey = keyof typeof USERS

/** A call to the host's API as a signed-in user, for set-up and for checking what the screens did. */
async function call<T = Record<string, unknown>>(token: string, method: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown }
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`)
  return body.data
}

const tokens = {} as Record<UserKey, string>
const pages = {} as Record<UserKey, Page>
const ids = { supplier: 0, department: 0, pen: 0, paper: 0, gloves: 0, mop: 0 }

/** Signs in on the login screen; the API calls that check the screens' work use the same session. */
async function signIn(key: UserKey): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  pages[key] = await context.newPage()
  await login(pages[key], host, { ...ADMIN, username: USERS[key].username, password: PASSWORD })
  const stored = await pages[key].evaluate(() => sessionStorage.getItem('waredesk.session'))
  tokens[key] = (JSON.parse(stored ?? '{}') as { token: string }).token
}

async function seed(): Promise<void> {
  const admin = <T = Record<string, unknown>>(method: string, input: unknown) => call<T>(adminToken, method, input)
  await admin('settings.update', { orgName: '西安市第一中学' })
  // Every order needs one approval; receiving allows no over-receipt without the permission.
  await admin('purchase.updateSettings', {
    approvalThresholdFen: 0,
    secondApprovalThresholdFen: null,
    overReceiptTolerancePct: 0,
  })
  for (const user of Object.values(USERS)) await admin('users.create', { ...user, password: PASSWORD })
  ids.supplier = (
    await admin<{ id: number }>('suppliers.create', {
      code: 'GYS001',
      name: '西安晨光文具有限公司',
      address: '西安市雁塔区科技路 88 号',
      contacts: [{ name: '张经理', role: '销售', phone: '13856851652' }],
    })
  ).id
  ids.department = (await admin<{ id: number }>('departments.create', { code: 'D01', name: '教务处' })).id
  const item = async (fields: Record<string, unknown>) =>
    (await admin<{ id: number }>('items.create', { defaultSupplierId: ids.supplier, ...fields })).id
  ids.pen = await item({
    code: 'BG2',
    name: '中性笔',
    spec: '0.5mm 黑色',
    unit: '支',
    barcodes: [PEN_UNIT],
    packUnits: [{ name: '盒', qtyMilli: 12_000, barcodes: [PEN_BOX] }],
  })
  ids.paper = await item({ code: 'BG1', name: 'A4复印纸', spec: '70g 500张', unit: '包', barcodes: [PAPER] })
  ids.gloves = await item({ code: 'QJ1', name: '橡胶手套', unit: '副', barcodes: [GLOVES] })
  // Under its minimum with nothing on hand: the reorder suggestion.
  ids.mop = await item({
    code: 'QJ2',
    name: '拖把',
    unit: '把',
    refPriceE4: 250_000,
    stockLimits: [{ warehouseId: 1, minMilli: 10_000, maxMilli: 30_000 }],
  })
}

beforeAll(async () => {
  host = await startHost()
  adminToken = await setupAdmin(host)
  await seed()
  browser = await launchBrowser()
  for (const key of Object.keys(USERS) as UserKey[]) await signIn(key)
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const at = (key: UserKey) => (testId: string) => pages[key].getByTestId(testId)
/** expect.poll with room for a loaded 2-core machine (its default gives up after a second). */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 })

interface Order {
  id: number
  poNo: string
  status: string
  totalFen: number
  expectedDate: string | null
  lines: { lineNo: number; itemCode: string; receivedMilli: number; rejectedMilli: number }[]
  receipts: { id: number; docNo: string }[]
}
let reqId = 0
let reqNo = ''
let order: Order

describe('purchasing', () => {
  it('a storekeeper asks for goods for 教务处, and an approver approves', async () => {
    const keeper = pages.keeper
    const id = at('keeper')
    await id('nav-requisitions').click()
    await id('req-new').click()
    await id('req-department').click()
    await keeper.locator('.n-base-select-option', { hasText: '教务处' }).click()
    await id('req-reason').fill('期末考试用')
    for (const [n, code, qty] of [
      [1, 'BG2', '60'],
      [2, 'BG1', '10'],
    ] as const) {
      await id('req-line-code').fill(code)
      await id('req-line-code').press('Enter')
      await id(`req-line-qty-${n}`).waitFor()
      await id(`req-line-qty-${n}`).fill(qty)
    }
    await shot(keeper, 'requisition-new')
    await id('req-submit').click()
    await poll(() => id('req-status').textContent()).toContain('待审批')
    await poll(() => keeper.url()).toMatch(/requisitions\/\d+/)
    reqId = Number(/requisitions\/(\d+)/.exec(keeper.url())?.[1])
    reqNo = (await call<{ reqNo: string }>(tokens.keeper, 'requisitions.get', { id: reqId })).reqNo
    await shot(keeper, 'requisition-submitted')

    const boss = pages.boss
    await boss.goto(`${host.url}#/requisitions/${reqId}`)
    await at('boss')('req-comment').fill('请尽快采购')
    await at('boss')('req-approve').click()
    await poll(() => at('boss')('req-status').textContent()).toContain('已批准')
    await shot(boss, 'requisition-approved')

    await keeper.goto(`${host.url}#/print/requisition/${reqId}`)
    await keeper.getByTestId('print-sheet').waitFor()
    const sheet = await keeper.getByTestId('print-sheet').textContent()
    expect(sheet).toContain('采购申请单')
    expect(sheet).toContain(reqNo)
    expect(sheet).toContain('同意（张主任')
    expect(sheet).toContain('请尽快采购')
    await shot(keeper, 'requisition-print')
  })

  it('the purchaser turns it into an order and submits it; a second approver approves', async () => {
    const buyer = pages.buyer
    const id = at('buyer')
    await id('nav-requisitions').click()
    await id(`req-select-${reqNo}`).click()
    await id('req-to-orders').click()
    await id('to-orders-dialog').waitFor()
    await shot(buyer, 'to-orders')
    await id('to-orders-confirm').click()
    await id('to-orders-result').waitFor()
    const made = buyer.locator('[data-testid^="to-orders-made-"]')
    await poll(() => made.count()).toBe(1)
    await made.click()
    await id('order-editor').waitFor()
    await id('order-line-price-1').waitFor()

    // Pens are bought by the box of 12; paper by the pack.
    await id('order-line-unit-1').click()
    await buyer.locator('.n-base-select-option', { hasText: '盒' }).click()
    await id('order-line-qty-1').fill('5')
    await id('order-line-price-1').fill('18')
    await id('order-line-tax-1').fill('13')
    await id('order-line-price-2').fill('23')
    await id('order-line-tax-2').fill('13')
    await id('order-expected').locator('input').fill('2026-12-05')
    await id('order-expected').locator('input').press('Enter')
    await id('order-payment').fill('货到验收合格后 30 天内付款')
    await id('order-delivery').fill('送货上门，送至学校后勤仓库')
    await id('order-note').fill('请随货附送货单')
    await poll(() => id('order-total').textContent()).toContain('320.00')
    await shot(buyer, 'order-draft')
    await id('order-save').click()
    await poll(() => buyer.url()).toMatch(/orders\/\d+/)
    await id('order-submit').click()
    await poll(() => id('order-status').textContent()).toContain('待审批')
    const orderId = Number(/orders\/(\d+)/.exec(buyer.url())?.[1])

    const deputy = pages.deputy
    await deputy.goto(`${host.url}#/orders/${orderId}`)
    await at('deputy')('order-approve').click()
    await poll(() => at('deputy')('order-status').textContent()).toContain('已审批')
    await shot(deputy, 'order-approved')
    order = await call<Order>(tokens.deputy, 'orders.get', { id: orderId })
    expect(order).toMatchObject({ status: 'approved', totalFen: 32_000, expectedDate: '2026-12-05' })
  })

  it('prints the order on A4: number as a barcode, supplier, lines, total and 大写金额', async () => {
    const page = pages.buyer
    await page.goto(`${host.url}#/print/order/${order.id}`)
    await page.getByTestId('print-sheet').waitFor()
    await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true')
    expect(await page.getByTestId('print-barcode').locator('svg').count()).toBe(1)
    await shot(page, 'order-print')
    const pdf = path.join(artifacts, 'order.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: true })
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('采购订单')
    expect(text).toContain('西安市第一中学')
    expect(text).toContain(order.poNo)
    expect(text).toContain('西安晨光文具有限公司')
    expect(text).toContain('13856851652')
    expect(text).toContain('320.00')
    expect(text).toContain(amountInCapitals(32_000)) // 叁佰贰拾元整
    expect(text).toContain('钱副主任')
    expect(text).toContain('货到验收合格后 30 天内付款')
    expect(text).toContain('2026-12-05')

    // 打印 in a browser is window.print(); stubbed here, as a headless browser has no print dialog.
    await page.evaluate(() => (window.print = () => {}))
    await page.getByTestId('print-button').click()
    await page.getByTestId('print-mark-sent-offer').waitFor()
    await shot(page, 'order-mark-sent-offer')
    await page.getByTestId('print-mark-sent').click()
    await poll(async () => (await call<Order>(tokens.buyer, 'orders.get', { id: order.id })).status).toBe('sent')
  })

  it('the storekeeper scans the order open, scans part of the goods, and posts it once', async () => {
    const page = pages.keeper
    const id = at('keeper')
    await page.goto(`${host.url}#/`)
    await id('nav-receiving').click()
    await id('receive-orders').waitFor()
    // The way in without a barcode: the supplier's open orders.
    await id('receive-supplier').click()
    await page.locator('.n-base-select-option', { hasText: '西安晨光文具有限公司' }).click()
    await id(`receive-order-${order.poNo}`).waitFor()
    await shot(page, 'receiving-open-orders')
    await page.locator('body').click({ position: { x: 1200, y: 850 } })
    await scan(page, order.poNo)
    await id('receive-order').waitFor()
    expect(await id('receive-po-no-title').textContent()).toBe(order.poNo)

    await scan(page, PEN_BOX)
    await poll(() => id('receive-accepted-BG2').inputValue()).toBe('12')
    await scan(page, PEN_BOX)
    await poll(() => id('receive-accepted-BG2').inputValue()).toBe('24')
    await scan(page, GLOVES)
    await poll(() => id('receive-scan-feedback').textContent()).toContain('不在采购订单')
    expect(await id('receive-scan-feedback').textContent()).toContain('橡胶手套')
    await shot(page, 'receiving-not-on-order')

    // Typed counts: 6 packs of paper accepted, 1 rejected with a reason; Enter moves on.
    await id('receive-accepted-BG1').fill('6')
    await id('receive-rejected-BG1').fill('1')
    await id('receive-rejected-BG1').press('Enter')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('receive-reason-BG1')
    await page.keyboard.type('包装破损')
    expect(await id('receive-remaining-BG2').textContent()).toContain('36')
    expect(await id('receive-remaining-BG1').textContent()).toContain('4')
    await shot(page, 'receiving-first-counts')

    await id('receive-post').click()
    await id('receive-post-summary').waitFor()
    await shot(page, 'receiving-confirm')
    await id('receive-post-confirm').dblclick()
    await id('receive-result').waitFor()
    expect(await id('receive-result').textContent()).toContain('部分')
    await shot(page, 'receiving-first-posted')
    order = await call<Order>(tokens.keeper, 'orders.get', { id: order.id })
    expect(order.status).toBe('partial')
    expect(order.receipts).toHaveLength(1) // the double click posted once
    expect(order.lines.map((l) => [l.itemCode, l.receivedMilli, l.rejectedMilli])).toEqual([
      ['BG2', 24_000, 0],
      ['BG1', 6_000, 1_000],
    ])
  })

  it('flags an over-receipt before posting, then receives the rest and the order is complete', async () => {
    const page = pages.keeper
    const id = at('keeper')
    // The second delivery: three more boxes of pens, each scan seen before the next, as at a real door.
    for (const total of ['12', '24', '36']) {
      await scan(page, PEN_BOX)
      await poll(() => id('receive-accepted-BG2').inputValue()).toBe(total)
    }
    await id('receive-accepted-BG1').fill('5') // one more than is open
    await poll(() => id('receive-over').count()).toBe(1)
    expect(await id('receive-remaining-BG1').textContent()).toContain('超收 1')
    await shot(page, 'receiving-over-receipt')
    await id('receive-post').click()
    await poll(() => page.getByText('超收超过允许的 0%').count()).toBeGreaterThan(0)

    await id('receive-accepted-BG1').fill('4')
    await id('receive-accepted-BG1').press('Enter') // the last line: on to 过账
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('receive-post')
    await page.keyboard.press('Enter')
    await id('receive-post-confirm').click()
    await id('receive-result').waitFor()
    await poll(() => id('receive-order-status').textContent()).toContain('已到货')
    await shot(page, 'receiving-complete')

    order = await call<Order>(tokens.keeper, 'orders.get', { id: order.id })
    expect(order.status).toBe('received')
    const onHand = await call<{ rows: { itemCode: string; qtyMilli: number; valueFen: number }[] }>(
      tokens.keeper,
      'stock.onHand',
      {},
    )
    // 60 pens at 18.00 a box of 12 (1.50 each); 10 packs of paper at 23.00.
    expect(onHand.rows.map((r) => [r.itemCode, r.qtyMilli, r.valueFen])).toEqual([
      ['BG1', 10_000, 23_000],
      ['BG2', 60_000, 9_000],
    ])
    await id('nav-on-hand').click()
    await poll(() => page.getByText('中性笔').count()).toBeGreaterThan(0)
    await shot(page, 'on-hand')
  })

  it('suggests reordering an item under its minimum and makes a draft order of it', async () => {
    const buyer = pages.buyer
    const id = at('buyer')
    await buyer.goto(`${host.url}#/`)
    await id('nav-reorder').click()
    await id('reorder-select-all').waitFor()
    await poll(() => id('reorder-row').count()).toBe(1)
    expect(await id('reorder-row').textContent()).toContain('拖把')
    await id('reorder-select-all').click()
    await shot(buyer, 'reorder')
    await id('reorder-to-orders').click()
    await id('reorder-made').waitFor()
    await shot(buyer, 'reorder-made')
    const drafts = await call<{ rows: { poNo: string; status: string; totalFen: number }[] }>(
      tokens.buyer,
      'orders.list',
      { status: 'draft' },
    )
    // 30 mops (to the maximum) at the reference price of 25.00.
    expect(drafts.rows.map((o) => [o.status, o.totalFen])).toEqual([['draft', 75_000]])
    expect(fs.existsSync(path.join(artifacts, 'order.pdf'))).toBe(true)
  })
})
