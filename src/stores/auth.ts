import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Input, Session, User } from '@shared/contract'
import { api } from '@/api'
import { roleCan, type Permission } from '@/utils/permissions'

// sessionStorage, not localStorage: the warehouse PC is shared, and closing the window must sign out.
const STORAGE_KEY = 'waredesk.session'

interface StoredSession {
  token: string
  user: User | null
}

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed === 'object' && parsed !== null && 'token' in parsed && typeof parsed.token === 'string') {
      return parsed as StoredSession // written by writeStored below
    }
  } catch {
    // A corrupt entry is treated as no session.
  }
  return null
}

function writeStored(session: StoredSession | null): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session))
  else sessionStorage.removeItem(STORAGE_KEY)
}

export const useAuthStore = defineStore('auth', () => {
  const stored = readStored()
  const token = ref<string | null>(stored?.token ?? null)
  const user = ref<User | null>(stored?.user ?? null)

  const isSignedIn = computed(() => token.value !== null && user.value !== null)
  const isAdmin = computed(() => user.value?.role === 'admin')

  function persist(): void {
    writeStored(token.value ? { token: token.value, user: user.value } : null)
  }

  function setSession(session: Session): void {
    token.value = session.token
    user.value = session.user
    persist()
  }

  function clear(): void {
    token.value = null
    user.value = null
    persist()
  }

  /** Uses a token handed over in a URL (the desktop's hidden print window has no session of its own). */
  function adoptToken(next: string): void {
    if (token.value === next) return
    token.value = next
    user.value = null
    persist()
  }

  async function login(input: Input<'auth.login'>): Promise<void> {
    setSession(await api.call('auth.login', input))
  }

  async function setup(input: Input<'auth.setup'>): Promise<void> {
    setSession(await api.call('auth.setup', input))
  }

  /** Re-reads the signed-in user (role or name may have changed since sign-in). */
  async function refreshUser(): Promise<void> {
    user.value = await api.call('auth.me', {})
    persist()
  }

  async function logout(): Promise<void> {
    try {
      if (token.value) await api.call('auth.logout', {})
    } finally {
      clear()
    }
  }

  const can = (permission: Permission): boolean => roleCan(user.value?.role, permission)

  return { token, user, isSignedIn, isAdmin, setSession, clear, adoptToken, login, setup, refreshUser, logout, can }
})
