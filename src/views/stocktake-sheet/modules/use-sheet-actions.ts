import { h, ref } from 'vue'
import { useDialog, useMessage, type ButtonProps } from 'naive-ui'
import { onBeforeRouteLeave, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { api } from '@/api'
import { errorText } from '@/utils/errors'
import type { CountSheet } from './use-count-sheet'

export type PostBlocker = 'input' | 'empty' | 'uncounted' | 'reason'

const confirmPostButton: ButtonProps & { 'data-testid': string } = { 'data-testid': 'stocktake-post-confirm' }
const confirmDeleteButton: ButtonProps & { 'data-testid': string } = { 'data-testid': 'stocktake-delete-confirm' }

/** The count sheet's buttons: 保存, 过账 and 删除 with their checks and confirmations, and the leave guard. */
export function useSheetActions(sheet: CountSheet, canLeaveSilently: () => boolean) {
  const { t } = useI18n()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  const posting = ref(false)

  async function save(): Promise<void> {
    if (!(await sheet.flush())) return // the failure has been reported
    // The valid counts are saved either way; the unreadable ones wait for a correction.
    if (sheet.problemCount.value > 0) message.warning(t('stocktake.errors.fixCounts'))
    else message.success(t('stocktake.saved'))
  }

  /** Says what stops the posting before asking "are you sure"; the core checks all of it again. */
  function blocker(): { problem: PostBlocker; text: string } | null {
    const tally = sheet.tally.value
    if (sheet.problemCount.value > 0) return { problem: 'input', text: t('stocktake.errors.fixCounts') }
    if (tally.lines === 0) return { problem: 'empty', text: t('stocktake.errors.noLines') }
    if (tally.uncounted > 0)
      return { problem: 'uncounted', text: t('stocktake.errors.uncounted', { n: tally.uncounted }) }
    if (tally.missingReason > 0)
      return { problem: 'reason', text: t('stocktake.errors.missingReason', { n: tally.missingReason }) }
    return null
  }

  function confirmContent(): () => ReturnType<typeof h> {
    const tally = sheet.tally.value
    const blind = sheet.sheet.value?.blind ?? false
    const moved = sheet.rows.value.filter((row) => row.line.movedSinceSnapshot).length
    const even = tally.counted - tally.surplus - tally.shortage
    const lines = [
      blind
        ? t('stocktake.confirmPost.blind', { n: tally.lines })
        : t('stocktake.confirmPost.tally', { n: tally.lines, surplus: tally.surplus, shortage: tally.shortage, even }),
      ...(moved > 0 ? [t('stocktake.confirmPost.moved', { n: moved })] : []),
      t('stocktake.confirmPost.content'),
    ]
    return () =>
      h(
        'div',
        { 'data-testid': 'stocktake-post-summary' },
        lines.map((text) => h('p', { style: 'margin: 0 0 6px' }, text)),
      )
  }

  async function post(): Promise<void> {
    const current = sheet.sheet.value
    if (!current) return
    posting.value = true
    try {
      const posted = await api.call('stock.post', { id: current.id })
      await sheet.load(current.id)
      message.success(t('stocktake.posted', { docNo: posted.docNo ?? '' }))
    } catch (error) {
      message.error(errorText(error), { duration: 6000 })
    } finally {
      posting.value = false
    }
  }

  /** Asks to post; when something stops it, says so and returns what, so the page can show those lines. */
  async function confirmPost(): Promise<PostBlocker | null> {
    if (posting.value) return null
    const found = blocker()
    if (found) {
      message.error(found.text)
      return found.problem
    }
    // The confirmation describes what is saved, so save first.
    if (!(await sheet.flush())) return 'input'
    dialog.warning({
      title: t('stocktake.confirmPost.title'),
      content: confirmContent(),
      positiveText: t('stocktake.confirmPost.positive'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmPostButton,
      onPositiveClick: () => void post(),
    })
    return null
  }

  function confirmDelete(): void {
    const current = sheet.sheet.value
    if (!current) return
    dialog.error({
      title: t('stocktake.confirmDelete.title'),
      content: t('stocktake.confirmDelete.content'),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      positiveButtonProps: confirmDeleteButton,
      onPositiveClick: async () => {
        try {
          sheet.dispose()
          await api.call('stock.deleteDraft', { id: current.id })
          sheet.sheet.value = null // nothing left to save on the way out
          message.success(t('stocktake.deleted'))
          await router.replace({ name: 'stocktakes' })
        } catch (error) {
          message.error(errorText(error))
        }
      },
    })
  }

  function askToLeave(): Promise<boolean> {
    return new Promise((resolve) => {
      dialog.warning({
        title: t('common.hint'),
        content: t('stocktake.leaveUnsaved'),
        positiveText: t('common.confirm'),
        negativeText: t('common.cancel'),
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      })
    })
  }

  // Counts still waiting for their save go now; only a failed save (or invalid input) asks.
  onBeforeRouteLeave(async () => {
    if (canLeaveSilently()) return true
    if ((await sheet.flush()) && sheet.problemCount.value === 0) return true
    return askToLeave()
  })

  return { posting, save, confirmPost, confirmDelete }
}
