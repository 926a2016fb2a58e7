import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import type { Item, StockDocument } from '@shared/contract'
import { i18n } from '@/i18n'
import { DOC_KINDS, type DocKind } from '@/utils/doc-kinds'
import EditorHeaderForm from '@/views/stock-document-editor/modules/editor-header-form.vue'
import {
  canChooseSubtype,
  emptyHeader,
  headerInput,
  headerProblem,
  type DocumentHeader,
} from '@/views/stock-document-editor/modules/header-rules'
import {
  EditorValidationError,
  useDocumentEditor,
  type DocumentEditor,
} from '@/views/stock-document-editor/modules/use-document-editor'

// The core stands behind `api`; a fake records the calls and answers with the document it was sent.
const calls: { method: string; input: Record<string, unknown> }[] = []
vi.mock('@/api', () => ({
  api: {
    call: vi.fn(async (method: string, input: Record<string, unknown>) => {
      calls.push({ method, input })
      if (method === 'people.list')
        return [{ id: 31, departmentId: 3, departmentName: '后勤处', name: '李四', phone: '', active: true }]
      if (method === 'stock.createDraft') return savedDocument(input)
      throw new Error(`unexpected ${method}`)
    }),
  },
}))
vi.mock('naive-ui', async (original) => ({
  ...(await original<object>()),
  useMessage: () => ({ success: vi.fn(), error: vi.fn(), info: vi.fn(), warning: vi.fn() }),
}))

function savedDocument(input: Record<string, unknown>): StockDocument {
  return {
    id: 1,
    docNo: null,
    status: 'draft',
    warehouseName: '总库',
    departmentName: null,
    personName: null,
    supplierName: null,
    toWarehouseName: null,
    sourceId: null,
    sourceNo: null,
    reversesId: null,
    reversesNo: null,
    reversedById: null,
    reversedByNo: null,
    totalQtyMilli: 0,
    totalFen: 0,
    createdBy: '王建国',
    createdAt: '2026-01-05T08:00:00Z',
    postedBy: null,
    postedAt: null,
    lines: [],
    ...(input as Partial<StockDocument>),
  } as StockDocument
}

const item: Item = {
  id: 5,
  code: 'WZ001',
  name: 'A4复印纸',
  spec: '',
  unit: '包',
  unitDecimals: 0,
  refPriceE4: 245_000,
  barcodes: [],
  packUnits: [],
  categoryId: null,
  stockLimits: [],
  defaultSupplierId: null,
  defaultLocationId: null,
  notes: '',
  allowNegative: false,
  active: true,
}

const header = (kind: DocKind, patch: Partial<DocumentHeader> = {}): DocumentHeader => ({
  ...emptyHeader(kind.subtypes, 1, '2026-01-05'),
  ...patch,
})

beforeEach(() => {
  calls.length = 0
})

describe('header rules per type and subtype', () => {
  it('asks a 领用 for its department, a 退货 for its supplier, a 报损 and a 盘亏 for a reason', () => {
    expect(headerProblem(header(DOC_KINDS.CK, { subtype: 'issue' }))).toBe('department')
    expect(headerProblem(header(DOC_KINDS.CK, { subtype: 'issue', departmentId: 3 }))).toBeNull()
    expect(headerProblem(header(DOC_KINDS.CK, { subtype: 'return_supplier' }))).toBe('supplier')
    expect(headerProblem(header(DOC_KINDS.CK, { subtype: 'scrap', reason: '   ' }))).toBe('reason')
    expect(headerProblem(header(DOC_KINDS.CK, { subtype: 'shortage' }))).toBe('reason')
    expect(headerProblem(header(DOC_KINDS.CK, { subtype: 'shortage', reason: '盘点短少' }))).toBeNull()
  })

  it('asks a 退库 for the department it comes from, and nothing more of 其他入库 and 盘盈', () => {
    expect(headerProblem(header(DOC_KINDS.RK, { subtype: 'return_in' }))).toBe('department')
    expect(headerProblem(header(DOC_KINDS.RK, { subtype: 'other' }))).toBeNull()
    expect(headerProblem(header(DOC_KINDS.RK, { subtype: 'surplus' }))).toBeNull()
  })

  it('refuses a transfer without a receiving warehouse, or to the warehouse it leaves', () => {
    expect(headerProblem(header(DOC_KINDS.DB))).toBe('toWarehouse')
    expect(headerProblem(header(DOC_KINDS.DB, { toWarehouseId: 1 }))).toBe('sameWarehouse')
    expect(headerInput(header(DOC_KINDS.DB, { toWarehouseId: 1 }))).toBeNull()
    expect(headerInput(header(DOC_KINDS.DB, { toWarehouseId: 2 }))).toMatchObject({ warehouseId: 1, toWarehouseId: 2 })
  })

  it('asks for the warehouse before anything else', () => {
    expect(headerProblem(header(DOC_KINDS.CK, { warehouseId: null }))).toBe('warehouse')
  })

  it('sends only the fields the subtype shows, and no person without a department', () => {
    const switched = header(DOC_KINDS.CK, { subtype: 'scrap', departmentId: 3, personId: 31, reason: ' 过期 ' })
    expect(headerInput(switched)).toMatchObject({
      departmentId: null,
      personId: null,
      supplierId: null,
      reason: '过期',
    })
    const issue = header(DOC_KINDS.CK, { subtype: 'issue', departmentId: 3, personId: 31, reason: '不该带上' })
    expect(headerInput(issue)).toMatchObject({ departmentId: 3, personId: 31, reason: '' })
    const transferWithParty = header(DOC_KINDS.DB, { toWarehouseId: 2, supplierId: 9 })
    expect(headerInput(transferWithParty)).toMatchObject({ supplierId: null, departmentId: null })
  })

  it('lets the subtype be chosen only on a new document of a type that has several', () => {
    expect(canChooseSubtype(false, DOC_KINDS.CK.subtypes)).toBe(true)
    expect(canChooseSubtype(true, DOC_KINDS.CK.subtypes)).toBe(false)
    expect(canChooseSubtype(false, DOC_KINDS.DB.subtypes)).toBe(false)
    // 期初 comes only from the opening import.
    expect(DOC_KINDS.RK.subtypes).not.toContain('opening')
  })
})

function mountEditor(kind: DocKind): DocumentEditor {
  let editor: DocumentEditor | undefined
  mount(
    defineComponent({
      setup() {
        editor = useDocumentEditor(kind)
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!editor) throw new Error('not set up')
  return editor
}

describe('saving a document of each type', () => {
  it('does not call the core while the 领用 has no department, then creates it unpriced', async () => {
    const editor = mountEditor(DOC_KINDS.CK)
    editor.startNew(1)
    editor.lines.addItem(item, 2000)
    await expect(editor.save()).rejects.toEqual(new EditorValidationError('department'))
    expect(calls).toEqual([])

    Object.assign(editor.header, { departmentId: 3, personId: 31 })
    await editor.save()
    expect(calls).toHaveLength(1)
    expect(calls[0].method).toBe('stock.createDraft')
    expect(calls[0].input).toMatchObject({ docType: 'CK', subtype: 'issue', departmentId: 3, personId: 31 })
    // An issue is valued by the ledger: the reference price does not travel with it.
    expect(calls[0].input.lines).toEqual([{ itemId: 5, qtyMilli: 2000, priceE4: 0 }])
  })

  it('refuses a transfer to the same warehouse before calling the core', async () => {
    const editor = mountEditor(DOC_KINDS.DB)
    editor.startNew(null)
    Object.assign(editor.header, { warehouseId: 1, toWarehouseId: 1 })
    editor.lines.addItem(item, 1000)
    await expect(editor.post()).rejects.toEqual(new EditorValidationError('sameWarehouse'))
    expect(calls).toEqual([])
  })

  it('prices a stock-in line from the item and sends the chosen subtype', async () => {
    const editor = mountEditor(DOC_KINDS.RK)
    editor.startNew(1)
    editor.header.subtype = 'surplus'
    editor.lines.addItem(item, 1000)
    await editor.save()
    expect(calls[0].input).toMatchObject({ docType: 'RK', subtype: 'surplus', lines: [{ priceE4: 245_000 }] })
  })
})

function mountForm(kind: DocKind, value: DocumentHeader, chooseSubtype = true) {
  return mount(
    defineComponent({
      setup: () => () =>
        h(EditorHeaderForm, {
          kind,
          header: value,
          warehouses: [
            { id: 1, code: 'ZK', name: '总库', active: true },
            { id: 2, code: 'FK', name: '分库', active: true },
          ],
          departments: [{ id: 3, code: 'HQ', name: '后勤处', parentId: null, active: true }],
          chooseSubtype,
          supplierName: '',
        }),
    }),
    { global: { plugins: [i18n] } },
  )
}

const has = (wrapper: ReturnType<typeof mount>, testId: string) => wrapper.find(`[data-testid="${testId}"]`).exists()

describe('the header form', () => {
  it('shows a 领用 its department and person, a 报损 its reason, a 退货 its supplier', async () => {
    const issue = mountForm(DOC_KINDS.CK, header(DOC_KINDS.CK, { subtype: 'issue' }))
    expect(['editor-subtype', 'editor-department', 'editor-person'].map((id) => has(issue, id))).toEqual([
      true,
      true,
      true,
    ])
    expect(has(issue, 'editor-reason')).toBe(false)
    expect(has(issue, 'editor-supplier')).toBe(false)

    const scrap = mountForm(DOC_KINDS.CK, header(DOC_KINDS.CK, { subtype: 'scrap' }))
    expect(has(scrap, 'editor-reason')).toBe(true)
    expect(has(scrap, 'editor-department')).toBe(false)

    const returned = mountForm(DOC_KINDS.CK, header(DOC_KINDS.CK, { subtype: 'return_supplier' }))
    expect(has(returned, 'editor-supplier')).toBe(true)
    expect(has(returned, 'editor-department')).toBe(false)
  })

  it('loads the people of the chosen department only', async () => {
    mountForm(DOC_KINDS.CK, header(DOC_KINDS.CK, { subtype: 'issue', departmentId: 3 }))
    await nextTick()
    expect(calls).toEqual([{ method: 'people.list', input: { departmentId: 3, includeInactive: true } }])
  })

  it('gives a transfer a receiving warehouse and no subtype choice', () => {
    const transfer = mountForm(DOC_KINDS.DB, header(DOC_KINDS.DB), canChooseSubtype(false, DOC_KINDS.DB.subtypes))
    expect(has(transfer, 'editor-to-warehouse')).toBe(true)
    expect(has(transfer, 'editor-subtype')).toBe(false)
    expect(has(transfer, 'editor-department')).toBe(false)
  })

  it('shows a saved draft its subtype without offering another', () => {
    const saved = mountForm(DOC_KINDS.CK, header(DOC_KINDS.CK, { subtype: 'scrap' }), false)
    expect(has(saved, 'editor-subtype')).toBe(false)
    expect(saved.get('[data-testid="editor-subtype-fixed"]').text()).toBe('报损')
  })

  it('offers the subtypes a stock-in may be made with by hand', () => {
    const form = mountForm(DOC_KINDS.RK, header(DOC_KINDS.RK))
    const offered = form.findAll('[data-testid^="editor-subtype-"]').map((node) => node.attributes('data-testid'))
    expect(offered).toEqual(['editor-subtype-other', 'editor-subtype-return_in', 'editor-subtype-surplus'])
  })
})
