import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { NForm } from 'naive-ui'
import type { FormItemRule } from 'naive-ui'
import { inputs, masterInputs, textLimit } from '@shared/contract'
import { i18n, setLocale } from '@/i18n'
import TextField from '@/components/text-field.vue'
import { requiredChoice, requiredText, schemaText } from '@/utils/form-rules'

/** A rule's verdict: true, or the message of its error. */
function check(rule: FormItemRule, value: unknown): true | string {
  const result = rule.validator?.(rule, value, () => undefined, {}, {})
  return result instanceof Error ? result.message : true
}

describe('textLimit', () => {
  it('reads the maximum through default, nullable and optional', () => {
    expect(textLimit(masterInputs.warehouseFields.shape.name)).toBe(60)
    expect(textLimit(masterInputs.personFields.shape.phone)).toBe(40) // .default('')
    expect(textLimit(masterInputs.supplierFields.shape.uscc)).toBe(18) // .nullable().default(null)
    expect(textLimit(masterInputs.supplierFields.shape.bankAccount)).toBe(40)
    expect(textLimit(inputs.itemFields.shape.code)).toBe(32)
  })
  it('refuses a schema without a length limit', () => {
    expect(() => textLimit(masterInputs.supplierFields.shape.rating)).toThrow(/maximum length/)
  })
})

describe('text-field', () => {
  function mountField(field: 'name' | 'code', scope = 'warehouses') {
    const value = ref('')
    const wrapper = mount(
      defineComponent({
        setup: () => () =>
          h(NForm, null, () =>
            h(TextField, {
              scope,
              field,
              schema: masterInputs.warehouseFields.shape[field],
              testid: `t-${field}`,
              value: value.value,
              'onUpdate:value': (next: string) => (value.value = next),
            }),
          ),
      }),
      { global: { plugins: [i18n] } },
    )
    return { wrapper, value }
  }

  it('takes its label, placeholder and maxlength from the locale and the contract', async () => {
    setLocale('zh-CN')
    const { wrapper, value } = mountField('name')
    const input = wrapper.get('[data-testid="t-name"]')
    expect(input.attributes('maxlength')).toBe(String(textLimit(masterInputs.warehouseFields.shape.name)))
    expect(input.attributes('placeholder')).toBe(i18n.global.t('warehouses.placeholders.name'))
    expect(wrapper.text()).toContain(i18n.global.t('warehouses.fields.name'))
    await input.setValue('一号库')
    expect(value.value).toBe('一号库')
  })

  it('leaves the placeholder to Naive UI where the locale has none, never showing a raw key', () => {
    const { wrapper } = mountField('name', 'nowhere')
    expect(wrapper.get('[data-testid="t-name"]').attributes('placeholder')).not.toContain('nowhere.')
  })
})

describe('form rules', () => {
  const message = () => '请填写'
  it('requiredText refuses blank text', () => {
    expect(check(requiredText(message), '  ')).toBe('请填写')
    expect(check(requiredText(message), ' 甲 ')).toBe(true)
  })
  it('schemaText checks the trimmed text against the contract schema', () => {
    const rule = schemaText(masterInputs.warehouseFields.shape.code, message)
    expect(check(rule, ' WH-01 ')).toBe(true)
    expect(check(rule, '仓库')).toBe('请填写')
    expect(check(rule, 'A'.repeat(33))).toBe('请填写')
  })
  it('requiredChoice refuses no choice', () => {
    expect(check(requiredChoice(message), null)).toBe('请填写')
    expect(check(requiredChoice(message), 0)).toBe(true)
  })
})
