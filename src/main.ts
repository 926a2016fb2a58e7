import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { z } from 'zod'
import { connectSession } from '@/api'
import { i18n } from '@/i18n'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { warmUpBeep } from '@/utils/beep'
import App from './App.vue'
import './styles/global.css'

// zod probes for eval (new Function) to speed up parsing; the CSP forbids it, so skip the probe.
z.config({ jitless: true })

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)

const auth = useAuthStore(pinia)
connectSession({
  getToken: () => auth.token,
  onUnauthenticated: () => {
    // The session expired or was revoked (password reset, user disabled): back to the login page.
    auth.clear()
    const current = router.currentRoute.value
    if (current.name !== 'login' && current.name !== 'setup') {
      void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
    }
  },
})

app.use(router)
document.documentElement.lang = i18n.global.locale.value
app.mount('#app')
// Before any scan: creating audio later would stall the page in the middle of one.
setTimeout(warmUpBeep, 0)
