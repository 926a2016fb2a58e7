import { reactive } from 'vue'
import type { FormItemRule, FormRules } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import {
  masterInputs,
  type Input,
  type Supplier,
  type SupplierContact,
  type SupplierQualification,
} from '@shared/contract'
import { checkUscc } from '@shared/uscc'
import { suppliedItemInputs, suppliedItemRows, suppliedItemRules, type SuppliedItemRow } from './supplied-items'

export interface SupplierFormModel {
  code: string
  name: string
  shortName: string
  uscc: string
  address: string
  bankName: string
  bankAccount: string
  categories: string
  rating: number | null
  leadDays: number | null
  notes: string
  contacts: SupplierContact[]
  qualifications: SupplierQualification[]
  /** The items supplied, with this supplier's code, last price, lead time and minimum order. */
  items: SuppliedItemRow[]
  active: boolean
}

const blank = (): SupplierFormModel => ({
  code: '',
  name: '',
  shortName: '',
  uscc: '',
  address: '',
  bankName: '',
  bankAccount: '',
  categories: '',
  rating: null,
  leadDays: null,
  notes: '',
  contacts: [],
  qualifications: [],
  items: [],
  active: true,
})

/** Form state and rules of the supplier drawer; `toInput` gives what suppliers.create / suppliers.update take. */
export function useSupplierForm() {
  const { t } = useI18n()
  const model = reactive<SupplierFormModel>(blank())

  function reset(supplier?: Supplier): void {
    Object.assign(
      model,
      supplier
        ? {
            code: supplier.code,
            name: supplier.name,
            shortName: supplier.shortName,
            uscc: supplier.uscc ?? '',
            address: supplier.address,
            bankName: supplier.bankName,
            bankAccount: supplier.bankAccount,
            categories: supplier.categories,
            rating: supplier.rating,
            leadDays: supplier.leadDays,
            notes: supplier.notes,
            contacts: supplier.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email })),
            qualifications: supplier.qualifications.map((q) => ({
              name: q.name,
              number: q.number,
              expiresOn: q.expiresOn,
            })),
            items: suppliedItemRows(supplier),
            active: supplier.active,
          }
        : blank(),
    )
  }

  const required = (message: string): FormItemRule => ({
    required: true,
    trigger: 'blur',
    validator: (_rule, value: string) => value.trim() !== '' || new Error(message),
  })

  const rules: FormRules = {
    code: {
      required: true,
      trigger: 'blur',
      validator: (_rule, value: string) =>
        masterInputs.supplierFields.shape.code.safeParse(value.trim()).success || new Error(t('suppliers.rules.code')),
    },
    name: required(t('suppliers.rules.name')),
    uscc: {
      trigger: 'blur',
      validator: (_rule, value: string) => {
        if (value.trim() === '') return true
        const check = checkUscc(value)
        if (check.ok) return true
        return check.reason === 'check'
          ? new Error(t('suppliers.rules.usccCheck', { expected: check.expected }))
          : new Error(t('suppliers.rules.usccFormat'))
      },
    },
    bankAccount: {
      trigger: 'blur',
      validator: (_rule, value: string) =>
        /^[0-9 -]{0,40}$/.test(value.trim()) || new Error(t('suppliers.rules.bankAccount')),
    },
  }

  /** Rules of the rows of the contacts / qualifications lists (used with a form item's `rule`). */
  const rowRules = {
    contactName: required(t('suppliers.rules.contactName')),
    email: {
      trigger: 'blur',
      validator: (_rule: FormItemRule, value: string) => {
        const email = value.trim()
        return email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || new Error(t('suppliers.rules.email'))
      },
    } satisfies FormItemRule,
    qualificationName: required(t('suppliers.rules.qualificationName')),
    items: suppliedItemRules(t, () => model.items),
  }

  function toInput(): Input<'suppliers.create'> {
    const uscc = model.uscc.trim().toUpperCase()
    return {
      code: model.code.trim(),
      name: model.name.trim(),
      shortName: model.shortName.trim(),
      uscc: uscc === '' ? null : uscc,
      address: model.address.trim(),
      bankName: model.bankName.trim(),
      bankAccount: model.bankAccount.trim(),
      categories: model.categories.trim(),
      rating: model.rating && model.rating > 0 ? model.rating : null,
      leadDays: model.leadDays,
      notes: model.notes.trim(),
      contacts: model.contacts.map((c) => ({
        name: c.name.trim(),
        role: c.role.trim(),
        phone: c.phone.trim(),
        email: c.email.trim(),
      })),
      qualifications: model.qualifications.map((q) => ({
        name: q.name.trim(),
        number: q.number.trim(),
        expiresOn: q.expiresOn || null,
      })),
      items: suppliedItemInputs(model.items),
    }
  }

  return { model, rules, rowRules, reset, toInput }
}
