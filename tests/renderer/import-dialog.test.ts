import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { CallResult, DesktopBridge } from '@shared/bridge'
import type { ImportIssue, ImportReport } from '@shared/contract'
import ImportDialog from '@/components/import-dialog.vue'
import { i18n } from '@/i18n'

// The message API needs an NMessageProvider above it; a spy stands in for it.
const message = { success: vi.fn(), error: vi.fn(), warning: vi.fn() }
vi.mock('naive-ui', async (original) => ({ ...(await original<object>()), useMessage: () => message }))

/** What the fake core answers, by method; every call is recorded. */
let answers: Record<string, unknown> = {}
const calls: { method: string; input: unknown }[] = []

// The renderer's `api` picks the desktop bridge when there is one, so a fake bridge stands in for the core
// exactly where the preload would: the dialog, the api client and the transport all run as in the app.
beforeAll(() => {
  const bridge: DesktopBridge = {
    call: async (_token, method, input): Promise<CallResult> => {
      calls.push({ method, input })
      return { ok: true, data: answers[method] }
    },
    print: async () => ({ ok: true }),
  }
  window.waredesk = bridge
})

const report = (fields: Partial<ImportReport>): ImportReport => ({
  ok: true,
  rowCount: 0,
  issues: [],
  preview: [],
  imported: 0,
  ...fields,
})

const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x10, 0x80, 0x7f])
const expectedBase64 = btoa(String.fromCharCode(...bytes))

let wrapper: VueWrapper | null = null

function open(props: Record<string, unknown> = {}): VueWrapper {
  wrapper = mount(ImportDialog, {
    props: {
      show: true,
      title: '导入物资',
      templateMethod: 'items.importTemplate',
      checkMethod: 'items.importCheck',
      importMethod: 'items.import',
      ...props,
    },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  return wrapper
}

// NModal teleports its card to <body>, so the dialog's parts are found in the document.
const byTestId = <E extends Element = HTMLElement>(id: string) => document.querySelector<E>(`[data-testid="${id}"]`)
const allByTestId = (id: string) => document.querySelectorAll(`[data-testid="${id}"]`)

async function choose(file: File): Promise<void> {
  const input = byTestId<HTMLInputElement>('import-file')
  if (!input) throw new Error('no file input')
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await vi.waitFor(() => expect(byTestId('import-file-name') ?? byTestId('import-file-problem')).not.toBeNull())
  await flushPromises()
}

async function click(id: string): Promise<void> {
  byTestId<HTMLButtonElement>(id)?.click()
  await flushPromises()
}

const isDisabled = (id: string) => byTestId<HTMLButtonElement>(id)?.disabled

beforeEach(() => {
  answers = {}
  calls.length = 0
  message.success.mockClear()
  message.error.mockClear()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

describe('import dialog', () => {
  it('lists every issue of a failed check and keeps import disabled', async () => {
    const issues: ImportIssue[] = Array.from({ length: 40 }, (_, i) => ({
      row: i + 2,
      column: '基本单位',
      message: `单位「坨」不存在 ${i}`,
    }))
    answers['items.importCheck'] = report({ ok: false, rowCount: 40, issues })
    open()
    await choose(new File([bytes], '物资.xlsx'))
    await click('import-check')

    expect(byTestId('import-issues')).not.toBeNull()
    const rows = allByTestId('import-issue-row')
    expect(rows).toHaveLength(40)
    expect(rows[39].textContent).toContain('41')
    expect(rows[39].textContent).toContain('单位「坨」不存在 39')
    expect(document.body.textContent).toContain('发现 40 个问题，请修改后重新导入，本次未导入任何数据')
    expect(isDisabled('import-submit')).toBe(true)
    expect(calls.map((call) => call.method)).toEqual(['items.importCheck'])
  })

  it('enables import only after a clean check, and imports the very bytes that were checked', async () => {
    answers['items.importCheck'] = report({ rowCount: 2, preview: [{ 物资名称: 'A4复印纸' }, { 物资名称: '订书机' }] })
    answers['items.import'] = report({ rowCount: 2, imported: 2 })
    const wrapper = open()
    expect(isDisabled('import-submit')).toBe(true)
    expect(isDisabled('import-check')).toBe(true)

    await choose(new File([bytes], '物资.xlsx'))
    expect(isDisabled('import-check')).toBe(false)
    expect(isDisabled('import-submit')).toBe(true)

    await click('import-check')
    expect(byTestId('import-ok')?.textContent).toContain('共 2 行，检查通过')
    expect(byTestId('import-preview')?.textContent).toContain('订书机')
    expect(isDisabled('import-submit')).toBe(false)

    await click('import-submit')
    const [check, imported] = calls
    expect(check).toEqual({ method: 'items.importCheck', input: { fileName: '物资.xlsx', base64: expectedBase64 } })
    expect(imported).toEqual({ method: 'items.import', input: { fileName: '物资.xlsx', base64: expectedBase64 } })
    expect(message.success).toHaveBeenCalledTimes(1)
    expect(wrapper.emitted('imported')?.[0]).toEqual([answers['items.import']])
    expect(wrapper.emitted('update:show')?.at(-1)).toEqual([false])
  })

  it('merges the extra input, and a changed extra field makes the check stale', async () => {
    answers['stock.openingCheck'] = report({ rowCount: 1 })
    const wrapper = open({
      title: '导入期初库存',
      templateMethod: 'stock.openingTemplate',
      checkMethod: 'stock.openingCheck',
      importMethod: 'stock.openingImport',
      extraInput: { businessDate: '2026-09-01' },
    })
    await choose(new File([bytes], '期初.xlsx'))
    await click('import-check')
    expect(calls[0].input).toEqual({ businessDate: '2026-09-01', fileName: '期初.xlsx', base64: expectedBase64 })
    expect(isDisabled('import-submit')).toBe(false)

    await wrapper.setProps({ extraInput: { businessDate: '2026-09-02' } })
    expect(isDisabled('import-submit')).toBe(true)
  })

  it('refuses an old .xls or a .csv in Chinese, without reading or sending it', async () => {
    open()
    await choose(new File([bytes], '物资.xls'))
    expect(byTestId('import-file-problem')?.textContent).toContain('不支持旧版 .xls 文件')
    expect(isDisabled('import-check')).toBe(true)
    await choose(new File(['a,b'], '物资.csv'))
    expect(byTestId('import-file-problem')?.textContent).toContain('不支持 .csv 文件')
    expect(calls).toHaveLength(0)
  })
})
