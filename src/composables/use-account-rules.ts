import type { FormItemRule } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { inputs } from '@shared/contract'
import { isCommonPassword } from '@shared/common-passwords'

/** Form rules for usernames, names and passwords, checked with the contract's own schemas. */
export function useAccountRules(getPassword: () => string) {
  const { t } = useI18n()
  const username: FormItemRule = {
    required: true,
    trigger: ['blur'],
    validator: (_rule, value: string) =>
      inputs.username.safeParse(value).success || new Error(t('account.usernameRule')),
  }
  const displayName: FormItemRule = {
    required: true,
    trigger: ['blur'],
    validator: (_rule, value: string) => value.trim().length > 0 || new Error(t('account.displayNameRule')),
  }
  const password: FormItemRule = {
    required: true,
    trigger: ['input', 'blur'],
    validator: (_rule, value: string) => {
      if (inputs.password.safeParse(value).success) return true
      return new Error(t(isCommonPassword(value) ? 'account.passwordCommon' : 'account.passwordRule'))
    },
  }
  const confirm: FormItemRule = {
    required: true,
    trigger: ['input', 'blur'],
    validator: (_rule, value: string) =>
      (value !== '' && value === getPassword()) || new Error(t('account.passwordMismatch')),
  }
  return { username, displayName, password, confirm }
}
