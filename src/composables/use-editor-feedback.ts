import { ref } from 'vue'
import { useDialog, useMessage } from 'naive-ui'
import { onBeforeRouteLeave, useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { errorText } from '@/utils/errors'

/** What an editor's own check found missing before a save (no supplier, no lines…), shown by its key. */
export class CheckError<Problem extends string> extends Error {
  constructor(readonly problem: Problem) {
    super(problem)
  }
}

/**
 * The part every purchasing editor's actions share: the message of a failure (a check of the editor's own,
 * marked on the form until fixed, or the core's error), the saved document's own address in the route,
 * running an action with its success message, and the question before leaving unsaved work.
 */
export function useEditorFeedback<Problem extends string>(options: {
  problemKeys: Record<Problem, string>
  /** The route of a saved document, with `:id`. */
  editRoute: string
  canLeaveSilently: () => boolean
}) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const message = useMessage()
  const dialog = useDialog()
  /** What the last save found missing, marked until it is fixed. */
  const problem = ref<Problem | null>(null)

  function report(error: unknown): void {
    const check = error instanceof CheckError ? (error as CheckError<Problem>) : null
    problem.value = check ? check.problem : null
    message.error(check ? t(options.problemKeys[check.problem]) : errorText(error))
  }

  /** Shows the saved document's own address, so a reload or the back button lands on it. */
  async function follow(saved: { id: number }): Promise<void> {
    if (route.name === options.editRoute && Number(route.params.id) === saved.id) return
    await router.replace({ name: options.editRoute, params: { id: saved.id } })
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

  onBeforeRouteLeave(() => (options.canLeaveSilently() ? true : askToLeave()))

  return { t, router, message, dialog, problem, report, follow, attempt }
}
