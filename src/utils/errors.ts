import { ApiError } from '@shared/errors'
import { currentLocale, i18n } from '@/i18n'

/** The message of any error in the current language: ApiErrors carry both, others get a generic frame. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return currentLocale() === 'zh-CN' ? error.text.zh : error.text.en
  if (error instanceof TypeError) return i18n.global.t('errors.network')
  const message = error instanceof Error ? error.message : String(error)
  return i18n.global.t('errors.unknown', { message })
}
