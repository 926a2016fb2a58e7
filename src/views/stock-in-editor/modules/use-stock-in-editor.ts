import { computed, reactive, ref, shallowRef } from 'vue'
import type { StockDocument } from '@shared/contract'
import { api } from '@/api'
import { localDate } from '@/utils/date'
import { newRequestId } from '@/utils/request-id'
import { useEditorLines } from './use-editor-lines'

export interface DocumentHeader {
  warehouseId: number | null
  businessDate: string
  note: string
}

export type SaveProblem = 'warehouse' | 'date' | 'lines' | 'empty'

export class EditorValidationError extends Error {
  constructor(readonly problem: SaveProblem) {
    super(problem)
  }
}

/**
 * One stock-in document being edited: header, lines, save and post.
 * A new document gets one request id when the editor opens, so a save retried after a lost answer
 * returns the draft the first attempt made instead of creating a second one.
 */
export function useStockInEditor() {
  const document = shallowRef<StockDocument | null>(null)
  const header = reactive<DocumentHeader>({ warehouseId: null, businessDate: localDate(), note: '' })
  const lines = useEditorLines()
  const loading = ref(false)
  const saving = ref(false)
  const posting = ref(false)
  let requestId = newRequestId()
  const savedFingerprint = ref('')

  const fingerprint = computed(() =>
    JSON.stringify([header.warehouseId, header.businessDate, header.note, lines.fingerprint.value]),
  )
  const dirty = computed(() => fingerprint.value !== savedFingerprint.value)
  const posted = computed(() => document.value?.status === 'posted')

  function markSaved(): void {
    savedFingerprint.value = fingerprint.value
  }

  function show(doc: StockDocument): void {
    document.value = doc
    Object.assign(header, { warehouseId: doc.warehouseId, businessDate: doc.businessDate, note: doc.note })
    lines.replaceWith(doc.lines)
    markSaved()
  }

  /** A fresh, empty document (the warehouse defaults to the only one, when there is one). */
  function startNew(defaultWarehouseId: number | null): void {
    document.value = null
    requestId = newRequestId()
    Object.assign(header, { warehouseId: defaultWarehouseId, businessDate: localDate(), note: '' })
    lines.replaceWith([])
    markSaved()
  }

  async function load(id: number): Promise<void> {
    loading.value = true
    try {
      show(await api.call('stock.get', { id }))
    } finally {
      loading.value = false
    }
  }

  /** What keeps the document from being saved (or, with `forPosting`, posted), or null. */
  function problem(forPosting = false): SaveProblem | null {
    if (header.warehouseId === null) return 'warehouse'
    if (!header.businessDate) return 'date'
    if (lines.hasProblems.value) return 'lines'
    if (forPosting && lines.lines.value.length === 0) return 'empty'
    return null
  }

  /** Creates the draft or updates it; throws EditorValidationError before calling when something is missing. */
  async function save(): Promise<StockDocument> {
    const found = problem()
    const { warehouseId } = header
    const lineInputs = lines.toInput()
    // problem() covers the last two as well; they are repeated so the compiler sees them narrowed.
    if (found || warehouseId === null || lineInputs === null) throw new EditorValidationError(found ?? 'lines')
    const fields = {
      warehouseId,
      businessDate: header.businessDate,
      note: header.note.trim(),
      lines: lineInputs,
    }
    saving.value = true
    try {
      const current = document.value
      const saved = current
        ? await api.call('stock.updateDraft', { id: current.id, ...fields })
        : await api.call('stock.createDraft', { requestId, docType: 'RK', ...fields })
      show(saved)
      return saved
    } finally {
      saving.value = false
    }
  }

  /** 审核. Unsaved edits are saved first; the core posts a document once however often this is called. */
  async function post(): Promise<StockDocument> {
    const found = problem(true)
    if (found) throw new EditorValidationError(found)
    posting.value = true
    try {
      const doc = !document.value || dirty.value ? await save() : document.value
      const result = await api.call('stock.post', { id: doc.id })
      show(result)
      return result
    } finally {
      posting.value = false
    }
  }

  async function remove(): Promise<void> {
    if (!document.value) return
    await api.call('stock.deleteDraft', { id: document.value.id })
    document.value = null
    markSaved()
  }

  return {
    document,
    header,
    lines,
    loading,
    saving,
    posting,
    dirty,
    posted,
    startNew,
    load,
    problem,
    save,
    post,
    remove,
  }
}

export type StockInEditor = ReturnType<typeof useStockInEditor>
