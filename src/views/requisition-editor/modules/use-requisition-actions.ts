import { ref } from 'vue'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { onBeforeRouteLeave, useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import type { RequisitionView } from '@shared/contract'
import { errorText } from '@/utils/errors'
import { RequisitionCheckError, type RequisitionEditor, type RequisitionProblem } from './use-requisition-editor'

const PROBLEM_KEYS: Record<RequisitionProblem, string> = {
  department: 'purchase.requisitions.departmentRequired',
  empty: 'purchase.errors.noLines',
  lines: 'purchase.errors.fixLines',
}
type TestButton = ButtonProps & { 'data-testid': string }
const confirmDeleteButton: TestButton = { 'data-testid': 'req-delete-confirm', type: 'error' }

/** The requisition editor's buttons with their messages, the route that follows a new one, the leave guard. */
export function useRequisitionActions(editor: RequisitionEditor, canLeaveSilently: () => boolean) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  /** What the last save found missing, marked until it is fixed. */
  const problem = ref<RequisitionProblem | null>(null)

  function report(error: unknown): void {
    problem.value = error instanceof RequisitionCheckError ? error.problem : null
    message.error(error instanceof RequisitionCheckError ? t(PROBLEM_KEYS[error.problem]) : errorText(error))
  }

  /** Shows the saved requisition's own address, so a reload or the back button lands on it. */
  async function follow(saved: RequisitionView): Promise<void> {
    if (route.name === 'requisition-edit' && Number(route.params.id) === saved.id) return
    await router.replace({ name: 'requisition-edit', params: { id: saved.id } })
  }

  async function attempt(action: () => Promise<string>): Promise<void> {
    try {
      message.success(await action())
      problem.value = null
    } catch (error) {
      report(error)
    }
  }

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

  function askToLeave(): Promise<boolean> {
    return new Promise((resolve) => {
      dialog.warning({
        title: t('common.hint'),
        content: t('purchase.unsavedLeave'),
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

  return { problem, report, save, submit, approve, reject, confirmDelete }
}
