import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { onBeforeRouteLeave, useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import type { StockDocument } from '@shared/contract'
import { errorText } from '@/utils/errors'
import { EditorValidationError, type SaveProblem, type StockInEditor } from './use-stock-in-editor'

const PROBLEM_KEYS: Record<SaveProblem, string> = {
  warehouse: 'stockIn.errors.warehouseRequired',
  date: 'stockIn.errors.dateRequired',
  lines: 'stockIn.errors.fixLines',
  empty: 'stockIn.errors.noLines',
}

const confirmPostButton: ButtonProps & { 'data-testid': string } = { 'data-testid': 'confirm-post' }

/** The editor's buttons: save, post and delete with their confirmations, and the unsaved-changes guard. */
export function useEditorActions(editor: StockInEditor, canLeaveSilently: () => boolean) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()

  function report(error: unknown): void {
    message.error(error instanceof EditorValidationError ? t(PROBLEM_KEYS[error.problem]) : errorText(error))
  }

  /** Shows the saved document's own address, so a reload or the back button lands on it. */
  async function followDocument(saved: StockDocument): Promise<void> {
    if (route.name === 'stock-in-edit' && Number(route.params.id) === saved.id) return
    await router.replace({ name: 'stock-in-edit', params: { id: saved.id } })
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
      title: t('stockIn.confirmPost.title'),
      content: t('stockIn.confirmPost.content'),
      positiveText: t('stockIn.confirmPost.positive'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmPostButton,
      onPositiveClick: () => post(),
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
          await router.replace({ name: 'stock-in' })
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

  return { report, saveDraft, confirmPost, confirmDelete }
}
