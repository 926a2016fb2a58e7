import { computed, reactive, ref, shallowRef } from 'vue'
import type { RequisitionView } from '@shared/contract'
import { api } from '@/api'
import { newRequestId } from '@/utils/request-id'
import { useRequisitionLines } from './requisition-lines'
import { CheckError } from '@/composables/use-editor-feedback'

export interface RequisitionHeader {
  departmentId: number | null
  neededBy: string | null
  reason: string
  note: string
}

export type RequisitionProblem = 'department' | 'lines' | 'empty'

/** Something to fix before saving, named for the message; nothing was sent. */
export class RequisitionCheckError extends CheckError<RequisitionProblem> {}

const emptyHeader = (): RequisitionHeader => ({ departmentId: null, neededBy: null, reason: '', note: '' })

/**
 * One 采购申请 being edited or decided. A new one gets its request id when the editor opens, so a save
 * retried after a lost answer returns the requisition the first attempt made.
 */
export function useRequisitionEditor() {
  const requisition = shallowRef<RequisitionView | null>(null)
  const header = reactive<RequisitionHeader>(emptyHeader())
  const lines = useRequisitionLines()
  const loading = ref(false)
  const busy = ref(false)
  let requestId = newRequestId()
  const savedFingerprint = ref('')

  const fingerprint = computed(() => JSON.stringify([header, lines.fingerprint.value]))
  const dirty = computed(() => fingerprint.value !== savedFingerprint.value)

  function show(saved: RequisitionView): void {
    requisition.value = saved
    Object.assign(header, {
      departmentId: saved.departmentId,
      neededBy: saved.neededBy,
      reason: saved.reason,
      note: saved.note,
    } satisfies RequisitionHeader)
    lines.replaceWith(saved.lines)
    savedFingerprint.value = fingerprint.value
  }

  function startNew(): void {
    requisition.value = null
    requestId = newRequestId()
    Object.assign(header, emptyHeader())
    lines.replaceWith([])
    savedFingerprint.value = fingerprint.value
  }

  async function load(id: number): Promise<void> {
    loading.value = true
    try {
      show(await api.call('requisitions.get', { id }))
    } finally {
      loading.value = false
    }
  }

  function problem(): RequisitionProblem | null {
    if (header.departmentId === null) return 'department'
    if (lines.lines.value.length === 0) return 'empty'
    if (lines.hasProblems.value) return 'lines'
    return null
  }

  /** Runs a call with the busy flag on and shows what it returns. */
  async function run(call: () => Promise<RequisitionView>): Promise<RequisitionView> {
    busy.value = true
    try {
      const result = await call()
      show(result)
      return result
    } finally {
      busy.value = false
    }
  }

  async function save(): Promise<RequisitionView> {
    const found = problem()
    const lineInputs = lines.toInput()
    const departmentId = header.departmentId
    if (found || lineInputs === null || departmentId === null) throw new RequisitionCheckError(found ?? 'lines')
    const fields = {
      departmentId,
      neededBy: header.neededBy,
      reason: header.reason.trim(),
      note: header.note.trim(),
      lines: lineInputs,
    }
    const current = requisition.value
    return run(() =>
      current
        ? api.call('requisitions.update', { id: current.id, ...fields })
        : api.call('requisitions.create', { requestId, ...fields }),
    )
  }

  /** 提交: saves first when there are edits (or it was sent back: saving makes it a draft again). */
  async function submit(): Promise<RequisitionView> {
    const current = requisition.value
    const saved = !current || dirty.value || current.status === 'rejected' ? await save() : current
    return run(() => api.call('requisitions.submit', { id: saved.id }))
  }

  async function remove(): Promise<void> {
    const current = requisition.value
    if (!current) return
    busy.value = true
    try {
      await api.call('requisitions.delete', { id: current.id })
      savedFingerprint.value = fingerprint.value
    } finally {
      busy.value = false
    }
  }

  const decide = (decision: 'approve' | 'reject', comment: string) => {
    const current = requisition.value
    if (!current) throw new Error('no requisition')
    return run(() =>
      decision === 'approve'
        ? api.call('requisitions.approve', { id: current.id, comment })
        : api.call('requisitions.reject', { id: current.id, comment }),
    )
  }

  return { requisition, header, lines, loading, busy, dirty, startNew, load, problem, save, submit, remove, decide }
}

export type RequisitionEditor = ReturnType<typeof useRequisitionEditor>
