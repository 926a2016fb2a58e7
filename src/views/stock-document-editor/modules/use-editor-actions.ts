import { ref } from 'vue'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { onBeforeRouteLeave, useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import type { StockDocumentView } from '@shared/contract'
import { errorText } from '@/utils/errors'
import { newRequestId } from '@/utils/request-id'
import type { SaveProblem } from './header-rules'
import { EditorValidationError, type DocumentEditor } from './use-document-editor'

const PROBLEM_KEYS: Record<SaveProblem, string> = {
  warehouse: 'stockIn.errors.warehouseRequired',
  toWarehouse: 'docs.errors.toWarehouseRequired',
  sameWarehouse: 'docs.errors.sameWarehouse',
  department: 'docs.errors.departmentRequired',
  supplier: 'docs.errors.supplierRequired',
  reason: 'docs.errors.reasonRequired',
  date: 'stockIn.errors.dateRequired',
  lines: 'stockIn.errors.fixLines',
  empty: 'stockIn.errors.noLines',
}

const PARTY_PROBLEMS: ReadonlySet<SaveProblem> = new Set(['department', 'supplier', 'reason'])

type TestButton = ButtonProps & { 'data-testid': string }
const confirmPostButton: TestButton = { 'data-testid': 'confirm-post' }
const confirmReverseButton: TestButton = { 'data-testid': 'doc-reverse-confirm', type: 'error' }

/** The editor's buttons: save, post, 红冲 and delete with their confirmations, and the unsaved-changes guard. */
export function useEditorActions(editor: DocumentEditor, canLeaveSilently: () => boolean) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  const { routes, docType } = editor.kind
  /** The header field the last save or post found missing, marked in the form until it changes. */
  const problem = ref<SaveProblem | null>(null)

  /** A missing party field is named as the header labels it (领用部门, 报损原因 …). */
  function problemText(found: SaveProblem): string {
    const label = PARTY_PROBLEMS.has(found) ? t(`docs.labels.${editor.header.subtype}.${found}`) : ''
    return t(PROBLEM_KEYS[found], { label })
  }

  function report(error: unknown): void {
    problem.value = error instanceof EditorValidationError ? error.problem : null
    message.error(error instanceof EditorValidationError ? problemText(error.problem) : errorText(error))
  }

  /** Shows the saved document's own address, so a reload or the back button lands on it. */
  async function followDocument(saved: StockDocumentView): Promise<void> {
    if (route.name === routes.edit && Number(route.params.id) === saved.id) return
    await router.replace({ name: routes.edit, params: { id: saved.id } })
  }

  async function saveDraft(): Promise<void> {
    try {
      await followDocument(await editor.save())
      message.success(t('stockIn.saved'))
    } catch (error) {
      report(error)
    }
  }

  async function post(): Promise<void> {
    try {
      const posted = await editor.post()
      await followDocument(posted)
      message.success(t('stockIn.posted', { docNo: posted.docNo ?? '' }))
    } catch (error) {
      report(error)
    }
  }

  function confirmPost(): void {
    if (editor.posting.value) return
    // Say what is missing before asking "are you sure".
    const found = editor.problem(true)
    if (found) return report(new EditorValidationError(found))
    dialog.warning({
      title: t(`docs.kinds.${docType}.confirmPostTitle`),
      content: t(`docs.kinds.${docType}.confirmPost`),
      positiveText: t('stockIn.confirmPost.positive'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmPostButton,
      onPositiveClick: () => post(),
    })
  }

  /** 红冲: says what will happen, posts the reversal and opens it. */
  function confirmReverse(): void {
    const doc = editor.document.value
    if (!doc || editor.posting.value) return
    const requestId = newRequestId()
    dialog.error({
      title: t('docs.reverse.title', { docNo: doc.docNo ?? '' }),
      content: t(`docs.reverse.content.${docType}`, { docNo: doc.docNo ?? '', date: doc.businessDate }),
      positiveText: t('docs.reverse.positive'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmReverseButton,
      onPositiveClick: async () => {
        try {
          const reversal = await editor.reverse(requestId)
          message.success(t('docs.reverse.done', { docNo: reversal.docNo ?? '' }))
          await router.push({ name: routes.edit, params: { id: reversal.id } })
        } catch (error) {
          report(error)
        }
      },
    })
  }

  function confirmDelete(): void {
    dialog.error({
      title: t('stockIn.confirmDelete.title'),
      content: t('stockIn.confirmDelete.content'),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        try {
          await editor.remove()
          message.success(t('stockIn.deleted'))
          await router.replace({ name: routes.list })
        } catch (error) {
          report(error)
        }
      },
    })
  }

  function askToLeave(): Promise<boolean> {
    return new Promise((resolve) => {
      dialog.warning({
        title: t('common.hint'),
        content: t('stockIn.leaveUnsaved'),
        positiveText: t('common.confirm'),
        negativeText: t('common.cancel'),
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      })
    })
  }

  onBeforeRouteLeave(() => (canLeaveSilently() ? true : askToLeave()))

  return { problem, report, saveDraft, confirmPost, confirmReverse, confirmDelete }
}
