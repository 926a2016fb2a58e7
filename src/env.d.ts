/// <reference types="vite/client" />
import type { DesktopBridge } from '@shared/bridge'

declare global {
  interface Window {
    /** The preload bridge; present only inside the desktop app. */
    waredesk?: DesktopBridge
  }
}

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    title?: string
    /** Reachable without a signed-in user (setup, login). */
    public?: boolean
    /** Only these roles may open the page. */
    roles?: readonly import('@shared/contract').Role[]
  }
}

export {}
