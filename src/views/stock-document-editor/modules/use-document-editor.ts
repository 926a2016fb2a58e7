import { computed, reactive, ref, shallowRef } from 'vue'
import type { StockDocumentView } from '@shared/contract'
import { api } from '@/api'
import type { DocKind } from '@/utils/doc-kinds'
import { localDate } from '@/utils/date'
import { newRequestId } from '@/utils/request-id'
import { emptyHeader, headerInput, headerProblem, type DocumentHeader, type SaveProblem } from './header-rules'
import { useEditorLines } from './use-editor-lines'

export class EditorValidationError extends Error {
  constructor(readonly problem: SaveProblem) {
    super(problem)
  }
}

/**
 * One stock document (入库单, 出库单 or 调拨单) being edited: header, lines, save, post and 红冲.
 * A new document gets one request id when the editor opens, so a save retried after a lost answer
 * returns the draft the first attempt made instead of creating a second one.
 */
export function useDocumentEditor(kind: DocKind) {
  const document = shallowRef<StockDocumentView | null>(null)
  const header = reactive<DocumentHeader>(emptyHeader(kind.subtypes, null, localDate()))
  const lines = useEditorLines(kind.priced)
  const loading = ref(false)
  const saving = ref(false)
  const posting = ref(false)
  let requestId = newRequestId()
  const savedFingerprint = ref('')

  const fingerprint = computed(() => JSON.stringify([header, lines.fingerprint.value]))
  const dirty = computed(() => fingerprint.value !== savedFingerprint.value)
  const posted = computed(() => document.value?.status === 'posted')

  function markSaved(): void {
    savedFingerprint.value = fingerprint.value
  }

  function show(doc: StockDocumentView): void {
    document.value = doc
    Object.assign(header, {
      subtype: doc.subtype,
      warehouseId: doc.warehouseId,
      toWarehouseId: doc.toWarehouseId,
      departmentId: doc.departmentId,
      personId: doc.personId,
      supplierId: doc.supplierId,
      reason: doc.reason,
      businessDate: doc.businessDate,
      note: doc.note,
    } satisfies DocumentHeader)
    lines.replaceWith(doc.lines, doc.status === 'posted')
    markSaved()
  }

  /** A fresh, empty document (the warehouse defaults to the only one, when there is one). */
  function startNew(defaultWarehouseId: number | null): void {
    document.value = null
    requestId = newRequestId()
    Object.assign(header, emptyHeader(kind.subtypes, defaultWarehouseId, localDate()))
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
    const found = headerProblem(header)
    if (found) return found
    if (lines.hasProblems.value) return 'lines'
    if (forPosting && lines.lines.value.length === 0) return 'empty'
    return null
  }

  /** Creates the draft or updates it; throws EditorValidationError before calling when something is missing. */
  async function save(): Promise<StockDocumentView> {
    const found = problem()
    const fields = headerInput(header)
    const lineInputs = lines.toInput()
    // problem() covers the last two as well; they are repeated so the compiler sees them narrowed.
    if (found || fields === null || lineInputs === null) throw new EditorValidationError(found ?? 'lines')
    saving.value = true
    try {
      const current = document.value
      const saved = current
        ? await api.call('stock.updateDraft', { id: current.id, ...fields, lines: lineInputs })
        : await api.call('stock.createDraft', {
            requestId,
            docType: kind.docType,
            subtype: header.subtype,
            ...fields,
            lines: lineInputs,
          })
      show(saved)
      return saved
    } finally {
      saving.value = false
    }
  }

  /** 审核. Unsaved edits are saved first; the core posts a document once however often this is called. */
  async function post(): Promise<StockDocumentView> {
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

  /**
   * 红冲: the core posts a reversal document and returns it. `reverseRequestId` is made once per
   * confirmation, so a retried click returns the same reversal.
   */
  async function reverse(reverseRequestId: string): Promise<StockDocumentView> {
    const current = document.value
    if (!current) throw new Error('no document')
    posting.value = true
    try {
      return await api.call('stock.reverse', { id: current.id, requestId: reverseRequestId })
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
    kind,
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
    reverse,
    remove,
  }
}

export type DocumentEditor = ReturnType<typeof useDocumentEditor>
