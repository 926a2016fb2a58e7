import { ref, shallowRef } from 'vue'
import type { ButtonProps } from 'naive-ui'
import { useEditorFeedback } from '@/composables/use-editor-feedback'
import type { OrderEditor, OrderProblem } from './use-order-editor'

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
  const { t, router, dialog, problem, report, follow, attempt } = useEditorFeedback({
    problemKeys: PROBLEM_KEYS,
    editRoute: 'order-edit',
    canLeaveSilently,
  })
  const reason = shallowRef<ReasonRequest | null>(null)
  const reasonOpen = ref(false)

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
