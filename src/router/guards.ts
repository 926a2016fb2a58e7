import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { useSystemStore } from '@/stores/system'

/** Where a navigation must go instead, or true to let it through. */
async function resolveAccess(to: RouteLocationNormalized): Promise<RouteLocationRaw | true> {
  const auth = useAuthStore()
  const system = useSystemStore()

  // The hidden print window of the desktop app brings its session in the URL: its storage is empty.
  // Every print page (/print/…) takes it: stock documents, 采购订单 and 采购申请单.
  if (to.path.startsWith('/print/') && typeof to.query.token === 'string' && to.query.token) {
    auth.adoptToken(to.query.token)
    return true
  }

  await system.ensureLoaded()
  const setupRequired = system.status?.setupRequired ?? false
  if (setupRequired) return to.name === 'setup' ? true : { name: 'setup' }
  if (to.name === 'setup') return auth.isSignedIn ? { name: 'home' } : { name: 'login' }
  if (to.meta.public) return to.name === 'login' && auth.isSignedIn ? { name: 'home' } : true

  if (!auth.token) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  if (!auth.user) {
    try {
      await auth.refreshUser()
    } catch {
      auth.clear()
      return { name: 'login' }
    }
  }
  const roles = to.meta.roles
  if (roles && !roles.some((role) => role === auth.user?.role)) return { name: 'home' }
  return true
}

export function installGuards(router: Router): void {
  router.beforeEach((to) => resolveAccess(to))
  router.afterEach((to) => {
    const title = to.meta.title ? i18n.global.t(to.meta.title) : ''
    document.title = title ? `${title} - WareDesk` : 'WareDesk'
  })
}
