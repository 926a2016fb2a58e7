import { ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { PrintRequest } from '@shared/bridge'
import { useAuthStore } from '@/stores/auth'

/**
 * The print toolbar's 打印 and 导出PDF for one print route. In the desktop both go through the hidden
 * print window (window.waredesk.print); in a browser 打印 is window.print(), which returns when the
 * print dialog closes. Each resolves true when the paper (or the PDF) was made, so the page can offer
 * what follows it, such as marking an order as sent.
 */
export function usePrintActions(route: () => string) {
  const { t } = useI18n()
  const message = useMessage()
  const auth = useAuthStore()
  const desktop = Boolean(window.waredesk)
  const busy = ref(false)

  async function viaDesktop(mode: PrintRequest['mode']): Promise<boolean> {
    const bridge = window.waredesk
    if (!bridge || !auth.token) return false
    busy.value = true
    try {
      const result = await bridge.print({ route: route(), mode, paper: 'A4', token: auth.token })
      if (!result.ok)
        message.warning(result.message) // includes "cancelled", which is no error
      else if (result.path) message.success(t('print.pdfSaved', { path: result.path }))
      return result.ok
    } finally {
      busy.value = false
    }
  }

  async function print(): Promise<boolean> {
    if (desktop) return viaDesktop('dialog')
    window.print()
    return true
  }

  const pdf = (): Promise<boolean> => viaDesktop('pdf')

  return { desktop, busy, print, pdf }
}
