import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import { dateEnUS, dateZhCN, enUS as naiveEnUS, zhCN as naiveZhCN } from 'naive-ui'
import enUS from './en-US'
import zhCN, { type MessageSchema } from './zh-CN'

export const LOCALES = ['zh-CN', 'en-US'] as const
export type Locale = (typeof LOCALES)[number]

// The language is a preference of the PC, not of the session, so it survives closing the window.
const STORAGE_KEY = 'waredesk.locale'

function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value)
}

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (isLocale(stored)) return stored
  } catch {
    // Storage can be unavailable (privacy mode); Chinese is the default anyway.
  }
  return 'zh-CN'
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered, still switched.
  }
}

/** Naive UI's own strings (pagination, date picker, empty states) follow the app's language. */
export const naiveLocale = computed(() => (currentLocale() === 'zh-CN' ? naiveZhCN : naiveEnUS))
export const naiveDateLocale = computed(() => (currentLocale() === 'zh-CN' ? dateZhCN : dateEnUS))
