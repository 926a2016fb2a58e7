import { h, ref } from 'vue'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { formatFen, formatQuantity } from '@shared/money'
import { errorText } from '@/utils/errors'
import { newRequestId } from '@/utils/request-id'
import type { PostBlock } from './receive-logic'
import type { ReceiveResult, Receiving } from './use-receiving'

const confirmButton: ButtonProps & { 'data-testid': string } = { 'data-testid': 'receive-post-confirm' }

/**
 * 过账: says what stops the posting, else asks with the receipt's totals and posts. Each confirmation is
 * one attempt with its own request id: clicking its button twice, or again after an error, posts once.
 */
export function useReceivePost(
  receiving: Receiving,
  handlers: { blocked: (block: PostBlock) => void; posted: (result: ReceiveResult) => void },
) {
  const { t } = useI18n()
  const message = useMessage()
  const dialog = useDialog()
  const confirming = ref(false)

  function blockText(block: PostBlock): string {
    if (block.problem === 'empty') return t('receiving.errors.empty')
    const row = receiving.rows.value.find((candidate) => candidate.line.lineNo === block.lineNo)
    return t(`receiving.errors.${block.problem}Line`, {
      n: block.lineNo,
      name: row?.line.itemName ?? '',
      pct: receiving.tolerancePct.value,
    })
  }

  /**
   * What the confirmation says, worked out once when it opens: posting resets the counts, and the dialog
   * must not show an empty receipt while it fades out.
   */
  function summary() {
    const totals = receiving.totals.value
    const poNo = receiving.order.value?.poNo ?? ''
    const lines = receiving.rows.value.flatMap((row, index) => {
      const figures = receiving.figures.value[index]
      if (figures.acceptedMilli === 0 && figures.rejectedMilli === 0) return []
      const unit = row.line.unit
      const parts = [t('receiving.confirm.accepted', { qty: formatQuantity(figures.acceptedMilli), unit })]
      if (figures.rejectedMilli > 0) {
        const qty = formatQuantity(figures.rejectedMilli)
        parts.push(t('receiving.confirm.rejected', { qty, unit, reason: row.reason.trim() }))
      }
      if (figures.over !== 'none')
        parts.push(t('receiving.confirm.over', { qty: formatQuantity(-figures.remainingMilli), unit }))
      return [{ text: `${row.line.itemName}：${parts.join('，')}`, over: figures.over !== 'none' }]
    })
    const over = totals.overLines + totals.beyondLines > 0
    return () =>
      h('div', { 'data-testid': 'receive-post-summary' }, [
        h('p', { style: 'margin: 0 0 6px' }, t('receiving.confirm.order', { poNo })),
        h(
          'ul',
          { style: 'margin: 0 0 6px; padding-left: 18px' },
          lines.map((line) => h('li', { style: line.over ? 'color: #d97706' : '' }, line.text)),
        ),
        h(
          'p',
          { style: 'margin: 0 0 6px; font-weight: 600' },
          t('receiving.confirm.totals', { n: totals.lines, amount: formatFen(totals.amountFen) }),
        ),
        ...(over ? [h('p', { style: 'margin: 0 0 6px; color: #d97706' }, t('receiving.confirm.overWarning'))] : []),
        h('p', { style: 'margin: 0; color: #8a919f' }, t('receiving.confirm.content')),
      ])
  }

  async function attempt(requestId: string): Promise<boolean> {
    try {
      const result = await receiving.post(requestId)
      if (!result) return false // already posting: the first click's answer closes the dialog
      confirming.value = false // scanning may go on while the dialog fades out
      handlers.posted(result)
      return true
    } catch (error) {
      // Kept open: 过账 again retries with the same request id, so a lost answer cannot post twice.
      message.error(errorText(error), { duration: 8000 })
      return false
    }
  }

  function settle(): void {
    confirming.value = false
  }

  function confirmPost(): void {
    if (receiving.posting.value || confirming.value || !receiving.order.value) return
    const block = receiving.block.value
    if (block) {
      message.error(blockText(block))
      handlers.blocked(block)
      return
    }
    const requestId = newRequestId()
    confirming.value = true
    dialog.warning({
      title: t('receiving.confirm.title'),
      content: summary(),
      positiveText: t('receiving.actions.post'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmButton,
      onPositiveClick: () => attempt(requestId),
      // Block bodies: a handler that returns false would keep the dialog open.
      onNegativeClick: settle,
      onClose: settle,
      onEsc: settle,
      onMaskClick: settle,
      onAfterLeave: settle,
    })
  }

  return { confirming, confirmPost, blockText }
}
