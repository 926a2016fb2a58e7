import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SystemStatus } from '@shared/contract'
import { api } from '@/api'

/** system.status, read once at start-up: whether first-run setup is needed, the version, the organisation. */
export const useSystemStore = defineStore('system', () => {
  const status = ref<SystemStatus | null>(null)
  const loadError = ref<unknown>(null)
  let pending: Promise<void> | null = null

  async function load(): Promise<void> {
    try {
      status.value = await api.call('system.status', {})
      loadError.value = null
    } catch (error) {
      loadError.value = error
    }
  }

  /** Loads the status unless it is already known; concurrent callers share one request. */
  function ensureLoaded(): Promise<void> {
    if (status.value) return Promise.resolve()
    pending ??= load().finally(() => (pending = null))
    return pending
  }

  function markSetupDone(): void {
    if (status.value) status.value = { ...status.value, setupRequired: false }
  }

  function setOrgName(orgName: string): void {
    if (status.value) status.value = { ...status.value, orgName }
  }

  return { status, loadError, load, ensureLoaded, markSetupDone, setOrgName }
})
