import { ref, shallowRef } from 'vue'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { onBeforeRouteLeave, useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import type { PurchaseOrderView } from '@shared/contract'
import { errorText } from '@/utils/errors'
import { OrderCheckError, type OrderEditor, type OrderProblem } from './use-order-editor'

const PROBLEM_KEYS: Record<OrderProblem, string> = {
  supplier: 'purchase.orders.problems.supplier',
  warehouse: 'purchase.orders.problems.warehouse',
  empty: 'purchase.errors.noLines',
  lines: 'purchase.errors.fixLines',
}
type TestButton = ButtonProps & { 'data-testid': string }
const testButton = (testId: string, type: ButtonProps['type'] = 'primary'): TestButton => ({
  'data-testid': testId,
  type,
})

/** What the reason dialog asks for and does (作废, 短结). */
export interface ReasonRequest {
  title: string
  placeholder: string
  intro?: string
  confirmText: string
  run: (reason: string) => Promise<boolean>
}

/** The order editor's buttons with their confirmations and messages, the route of a new order, the leave guard. */
export function useOrderActions(editor: OrderEditor, canLeaveSilently: () => boolean) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  const problem = ref<OrderProblem | null>(null)
  const reason = shallowRef<ReasonRequest | null>(null)
  const reasonOpen = ref(false)

  function report(error: unknown): void {
    problem.value = error instanceof OrderCheckError ? error.problem : null
    message.error(error instanceof OrderCheckError ? t(PROBLEM_KEYS[error.problem]) : errorText(error))
  }

  /** Shows the saved order's own address, so a reload or the back button lands on it. */
  async function follow(saved: PurchaseOrderView): Promise<void> {
    if (route.name === 'order-edit' && Number(route.params.id) === saved.id) return
    await router.replace({ name: 'order-edit', params: { id: saved.id } })
  }

  /** Runs an action and says how it went; true when it succeeded. */
  async function attempt(action: () => Promise<string>): Promise<boolean> {
    try {
      message.success(await action())
      problem.value = null
      return true
    } catch (error) {
      report(error)
      return false
    }
  }

  const no = () => editor.order.value?.poNo ?? ''

  const save = () =>
    attempt(async () => {
      await follow(await editor.save())
      return t('purchase.orders.saved')
    })

  const submit = () =>
    attempt(async () => {
      const submitted = await editor.submit()
      await follow(submitted)
      const key = submitted.status === 'approved' ? 'submittedApproved' : 'submittedPending'
      return t(`purchase.orders.${key}`, { no: submitted.poNo })
    })

  const approve = (comment: string) =>
    attempt(async () => t('purchase.orders.approved', { no: (await editor.approve(comment)).poNo }))
  const reject = (comment: string) =>
    attempt(async () => t('purchase.orders.rejected', { no: (await editor.reject(comment)).poNo }))
  const markSent = () => attempt(async () => t('purchase.orders.sentDone', { no: (await editor.markSent()).poNo }))

  function confirm(
    kind: 'error' | 'warning',
    content: string,
    positiveText: string,
    testId: string,
    run: () => Promise<unknown>,
  ) {
    dialog[kind]({
      title: t('common.hint'),
      content,
      positiveText,
      negativeText: t('common.cancel'),
      positiveButtonProps: testButton(testId, kind === 'error' ? 'error' : 'primary'),
      onPositiveClick: () => void run(),
    })
  }

  const confirmRevise = () =>
    confirm(
      'warning',
      t('purchase.orders.confirmRevise', { no: no() }),
      t('purchase.orders.actions.revise'),
      'order-revise-confirm',
      () =>
        attempt(async () => {
          const revised = await editor.revise()
          return t('purchase.orders.revised', { no: revised.poNo, n: revised.revision })
        }),
    )

  const confirmDelete = () =>
    confirm('error', t('purchase.orders.confirmDelete'), t('common.delete'), 'order-delete-confirm', () =>
      attempt(async () => {
        await editor.remove()
        await router.replace({ name: 'orders' })
        return t('purchase.orders.deleted')
      }),
    )

  function askCancel(): void {
    reason.value = {
      title: t('purchase.orders.cancelTitle'),
      placeholder: t('purchase.orders.cancelReason'),
      confirmText: t('purchase.orders.actions.cancel'),
      run: (text) => attempt(async () => t('purchase.orders.cancelled', { no: (await editor.cancel(text)).poNo })),
    }
    reasonOpen.value = true
  }

  /** 短结 of the whole order, or of one line. */
  function askShortClose(line?: { lineNo: number; name: string }): void {
    reason.value = {
      title: line
        ? t('purchase.orders.closeLineTitle', { n: line.lineNo, name: line.name })
        : t('purchase.orders.closeTitle'),
      intro: t('purchase.orders.closeIntro'),
      placeholder: t('purchase.orders.closeReason'),
      confirmText: t('purchase.orders.actions.shortClose'),
      run: (text) =>
        attempt(async () => t('purchase.orders.closed', { no: (await editor.shortClose(text, line?.lineNo)).poNo })),
    }
    reasonOpen.value = true
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

  return {
    problem,
    reason,
    reasonOpen,
    report,
    save,
    submit,
    approve,
    reject,
    markSent,
    confirmRevise,
    confirmDelete,
    askCancel,
    askShortClose,
  }
}
