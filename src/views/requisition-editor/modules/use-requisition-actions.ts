import type { ButtonProps } from 'naive-ui'
import { useEditorFeedback } from '@/composables/use-editor-feedback'
import type { RequisitionEditor, RequisitionProblem } from './use-requisition-editor'

const PROBLEM_KEYS: Record<RequisitionProblem, string> = {
  department: 'purchase.requisitions.departmentRequired',
  empty: 'purchase.errors.noLines',
  lines: 'purchase.errors.fixLines',
}
type TestButton = ButtonProps & { 'data-testid': string }
const confirmDeleteButton: TestButton = { 'data-testid': 'req-delete-confirm', type: 'error' }

/** The requisition editor's buttons with their messages, the route that follows a new one, the leave guard. */
export function useRequisitionActions(editor: RequisitionEditor, canLeaveSilently: () => boolean) {
  const { t, router, message, dialog, problem, report, follow, attempt } = useEditorFeedback({
    problemKeys: PROBLEM_KEYS,
    editRoute: 'requisition-edit',
    canLeaveSilently,
  })

  const save = () =>
    attempt(async () => {
      await follow(await editor.save())
      return t('purchase.requisitions.saved')
    })

  const submit = () =>
    attempt(async () => {
      const submitted = await editor.submit()
      await follow(submitted)
      return t('purchase.requisitions.submitted', { no: submitted.reqNo })
    })

  const approve = (comment: string) =>
    attempt(async () => t('purchase.requisitions.approved', { no: (await editor.decide('approve', comment)).reqNo }))

  const reject = (comment: string) =>
    attempt(async () => t('purchase.requisitions.rejected', { no: (await editor.decide('reject', comment)).reqNo }))

  function confirmDelete(): void {
    dialog.error({
      title: t('common.hint'),
      content: t('purchase.requisitions.confirmDelete'),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmDeleteButton,
      onPositiveClick: async () => {
        try {
          await editor.remove()
          message.success(t('purchase.requisitions.deleted'))
          await router.replace({ name: 'requisitions' })
        } catch (error) {
          report(error)
        }
      },
    })
  }

  return { problem, report, save, submit, approve, reject, confirmDelete }
}
