import { nextTick, onMounted, ref, watch } from 'vue'
import { useRoute } from 'vue-router'

/**
 * What a purchasing editor does around its document: after the lists it needs (`prepare`), it opens the
 * document the route names (`editRoute` with `:id`) or starts a new one, follows the route as it changes,
 * and puts the cursor in the code input where the document may be edited. `flash` highlights a line
 * just added or incremented by a scan.
 */
export function useEditorRoute(options: {
  editRoute: string
  prepare: () => Promise<void>
  startNew: () => void
  load: (id: number) => Promise<void>
  /** The id of the document on screen, if one is. */
  currentId: () => number | null
  editable: () => boolean
  focusCode: () => void
  report: (error: unknown) => void
}) {
  const route = useRoute()
  const flashKey = ref<number | null>(null)

  function focusCode(): void {
    if (options.editable()) void nextTick(options.focusCode)
  }

  /** Re-set on the next frame, so the highlight restarts when the same line is scanned again. */
  function flash(key: number): void {
    flashKey.value = null
    requestAnimationFrame(() => (flashKey.value = key))
  }

  async function open(id: number | null): Promise<void> {
    try {
      if (id === null) options.startNew()
      else if (options.currentId() !== id) await options.load(id)
      focusCode()
    } catch (error) {
      options.report(error)
    }
  }

  onMounted(async () => {
    try {
      await options.prepare()
    } catch (error) {
      options.report(error)
    }
    watch(
      () => (route.name === options.editRoute ? Number(route.params.id) : null),
      (id) => void open(id),
      { immediate: true },
    )
  })

  return { flashKey, flash, focusCode }
}
