/**
 * The organisation's master data through its drawers, as an administrator setting up: a warehouse and a
 * location, a department and a person in it, a category. Each field's length limit is the contract's, and a
 * bad code is refused in the form with its Chinese message before anything is sent.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, login, screenshots, setupAdmin, startHost, type Host } from './harness'

let host: Host
let browser: Browser
let page: Page
const shot = screenshots('org-drawers')

beforeAll(async () => {
  host = await startHost()
  await setupAdmin(host)
  browser = await launchBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  page = await context.newPage()
  await login(page, host)
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const id = (testId: string) => page.getByTestId(testId)

async function save(entity: string): Promise<void> {
  await id(`${entity}-save`).click()
  await id(`${entity}-drawer`).waitFor({ state: 'hidden' })
}

describe('organisation drawers', () => {
  it('creates a warehouse and a location, refusing a bad code first', async () => {
    await page.goto(`${host.url}#/warehouses`)
    await id('warehouse-create').click()
    await expect(id('warehouse-code').getAttribute('maxlength')).resolves.toBe('32')
    await expect(id('warehouse-name').getAttribute('maxlength')).resolves.toBe('60')
    await id('warehouse-code').fill('一号库')
    await id('warehouse-name').fill('主仓库')
    await id('warehouse-save').click()
    await id('warehouse-drawer').getByText('编码为 1–32 位字母、数字或 _ . -').waitFor()
    await shot(page, 'warehouse-bad-code')
    // WH01 总仓 comes with a new database.
    await id('warehouse-code').fill('WH02')
    await save('warehouse')
    await id('warehouses-table').getByText('主仓库').click()

    await id('location-create').click()
    await id('location-code').fill('A-01-01')
    await id('location-name').fill('一排一层')
    await shot(page, 'location-drawer')
    await save('location')
    await expect(id('locations-table').textContent()).resolves.toContain('A-01-01')
  })

  it('creates a department and a person in it', async () => {
    await page.goto(`${host.url}#/departments`)
    await id('department-create').click()
    await id('department-code').fill('D01')
    await id('department-name').fill('后勤管理处')
    await save('department')

    await id('person-create').click()
    await id('person-department').click()
    await page.locator('.n-tree-select-menu .n-tree-node').filter({ hasText: '后勤管理处' }).click()
    await expect(id('person-phone').getAttribute('inputmode')).resolves.toBe('tel')
    await id('person-name').fill('张伟')
    await id('person-phone').fill('13800000000')
    await shot(page, 'person-drawer')
    await save('person')
    await expect(page.getByText('13800000000').first().isVisible()).resolves.toBe(true)
  })

  it('creates a category and edits it with its 启用 switch', async () => {
    await page.goto(`${host.url}#/categories`)
    await id('category-create').click()
    await id('category-name').fill('办公用品')
    await save('category')
    // The node just saved is selected already (a click would unselect it).
    if (await id('category-edit').isDisabled()) await id('category-node').filter({ hasText: '办公用品' }).click()
    await id('category-edit').click()
    await id('category-active').waitFor()
    await shot(page, 'category-edit')
    await id('category-name').fill('办公耗材')
    await save('category')
    await id('category-node').filter({ hasText: '办公耗材' }).waitFor()
  })
})
