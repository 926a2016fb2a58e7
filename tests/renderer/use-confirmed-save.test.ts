import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { mount } from '@vue/test-utils'
import type { DialogOptions } from 'naive-ui'
import { i18n } from '@/i18n'
import { useConfirmedSave, type ConfirmedSaveOptions } from '@/composables/use-confirmed-save'
import type { FormSubmit } from '@/composables/use-form-submit'

// The dialog API needs an NDialogProvider above it; a spy stands in and answers as the test says.
let answer: 'positive' | 'negative' = 'positive'
const dialog = {
  warning: vi.fn((options: DialogOptions) => {
    if (answer === 'positive') void options.onPositiveClick?.(new MouseEvent('click'))
    else void options.onNegativeClick?.(new MouseEvent('click'))
  }),
}
vi.mock('naive-ui', async (original) => ({ ...(await original<object>()), useDialog: () => dialog }))

function setup(options: ConfirmedSaveOptions, valid = true) {
  const form: FormSubmit<[]> = {
    formRef: ref({ validate: () => (valid ? Promise.resolve() : Promise.reject(new Error('invalid'))) }),
    saving: ref(false),
    submit: vi.fn(async () => {}),
  }
  let save: (() => Promise<void>) | undefined
  mount(
    defineComponent({
      setup() {
        save = useConfirmedSave(form, options)
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!save) throw new Error('not set up')
  return { save, submit: form.submit }
}

beforeEach(() => {
  dialog.warning.mockClear()
  answer = 'positive'
})

describe('useConfirmedSave', () => {
  it('saves without asking when nothing is switched off', async () => {
    const { save, submit } = setup({ deactivating: () => false, name: () => '后勤管理处' })
    await save()
    expect(dialog.warning).not.toHaveBeenCalled()
    expect(submit).toHaveBeenCalledOnce()
  })

  it('asks before switching a record off, naming it, and saves on yes', async () => {
    const { save, submit } = setup({ deactivating: () => true, name: () => '后勤管理处' })
    await save()
    expect(dialog.warning).toHaveBeenCalledOnce()
    expect(String(dialog.warning.mock.calls[0][0].content)).toContain('后勤管理处')
    expect(submit).toHaveBeenCalledOnce()
  })

  it('does not save when the answer is no', async () => {
    answer = 'negative'
    const { save, submit } = setup({ deactivating: () => true, name: () => '后勤管理处' })
    await save()
    expect(submit).not.toHaveBeenCalled()
  })

  it('does not ask while the form has errors', async () => {
    const { save, submit } = setup({ deactivating: () => true, name: () => '' }, false)
    await save()
    expect(dialog.warning).not.toHaveBeenCalled()
    expect(submit).not.toHaveBeenCalled()
  })
})
