import { nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { api } from '@/api'
import { formatDateTime } from '@/utils/date'
import { errorText } from '@/utils/errors'

/**
 * What every print page does around its sheet: loads what it prints with the organisation's name,
 * sets the window's title, and tells the desktop's hidden print window when the paper is ready
 * (html[data-print-ready] = 'true', or 'error' to give up at once rather than wait for its timeout).
 * Another record in the same window (a changed address) reuses the page: it loads afresh.
 */
export function usePrintPage<T>(options: {
  load: () => Promise<T>
  title: (loaded: T) => string
  /** Clears the page's own state before each load. */
  reset?: () => void
}) {
  const route = useRoute()
  const printed = shallowRef<T | null>(null)
  const orgName = ref('WareDesk')
  const failure = ref('')
  const printedAt = formatDateTime(new Date().toISOString())
  const root = document.documentElement

  async function load(): Promise<void> {
    printed.value = null
    failure.value = ''
    options.reset?.()
    delete root.dataset.printReady
    try {
      const [loaded, settings] = await Promise.all([
        options.load(),
        api.call('settings.get', {}).catch(() => null), // the header falls back to the product name
      ])
      printed.value = loaded
      document.title = `${options.title(loaded)} - WareDesk`
      if (settings?.orgName) orgName.value = settings.orgName
      await nextTick()
      await document.fonts?.ready
      // The desktop's hidden print window waits for this before printing or saving the PDF.
      root.dataset.printReady = 'true'
    } catch (error) {
      failure.value = errorText(error)
      // Tells the desktop's print window to give up at once rather than wait for its timeout.
      root.dataset.printReady = 'error'
    }
  }

  watch(() => route.path, load)
  onMounted(load)
  onBeforeUnmount(() => {
    delete root.dataset.printReady
  })

  return { printed, orgName, failure, printedAt }
}
