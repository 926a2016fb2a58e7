import { createApiClient } from './client'

export { createApiClient, type ApiClient } from './client'
export { httpTransport, desktopTransport, type Transport } from './transport'

interface SessionHooks {
  getToken: () => string | null
  onUnauthenticated: () => void
}

// The app wires these to the auth store and the router at start-up (main.ts); until then calls go out
// without a token, which is what setup and login need.
let hooks: SessionHooks = { getToken: () => null, onUnauthenticated: () => {} }

export function connectSession(next: SessionHooks): void {
  hooks = next
}

/** The one API client of the renderer. */
export const api = createApiClient({
  getToken: () => hooks.getToken(),
  onUnauthenticated: () => hooks.onUnauthenticated(),
})
