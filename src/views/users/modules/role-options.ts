import type { SelectOption } from 'naive-ui'
import { ROLES } from '@shared/contract'

type Translate = (key: string) => string

/** The roles with their Chinese (or English) names, in the order of the contract. */
export const roleOptions = (t: Translate): SelectOption[] =>
  ROLES.map((role) => ({ label: t(`roles.${role}`), value: role }))
