import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref, type Ref } from 'vue'
import { mount } from '@vue/test-utils'
import { ApiError } from '@shared/errors'
import { useFormSubmit, type FormSubmit, type FormSubmitOptions } from '@/composables/use-form-submit'

// The message API needs an NMessageProvider above it; a spy stands in for it.
const message = { success: vi.fn(), error: vi.fn() }
vi.mock('naive-ui', async (original) => ({ ...(await original<object>()), useMessage: () => message }))

function setup<Result>(options: FormSubmitOptions<Result, []>, valid = true): FormSubmit<[]> {
  let form: FormSubmit<[]> | undefined
  mount(
    defineComponent({
      setup() {
        form = useFormSubmit(options)
        form.formRef.value = { validate: () => (valid ? Promise.resolve() : Promise.reject(new Error('invalid'))) }
        return () => null
      },
    }),
  )
  if (!form) throw new Error('not set up')
  return form
}

let show: Ref<boolean>

beforeEach(() => {
  message.success.mockClear()
  message.error.mockClear()
  show = ref(true)
})

describe('useFormSubmit', () => {
  it('does not save a form that fails its check', async () => {
    const save = vi.fn(async () => 'saved')
    const form = setup({ save, success: () => 'ok', show }, false)
    await form.submit()
    expect(save).not.toHaveBeenCalled()
    expect(message.success).not.toHaveBeenCalled()
    expect(show.value).toBe(true)
  })

  it('saves, says so, hands the result on and closes', async () => {
    const done = vi.fn()
    let savingDuringSave = false
    const save = async () => {
      savingDuringSave = form.saving.value
      return 'A4复印纸'
    }
    const form = setup({ save, success: (name) => `物资「${name}」已创建`, done, show })
    await form.submit()
    expect(savingDuringSave).toBe(true)
    expect(message.success).toHaveBeenCalledWith('物资「A4复印纸」已创建')
    expect(done).toHaveBeenCalledWith('A4复印纸')
    expect(show.value).toBe(false)
    expect(form.saving.value).toBe(false)
  })

  it('shows a failed save in the current language and stays open', async () => {
    const failure = new ApiError('CONFLICT', { zh: '编码已存在', en: 'Code exists' })
    const form = setup({ save: () => Promise.reject(failure), success: () => 'ok', show })
    await form.submit()
    expect(message.error).toHaveBeenCalledWith('编码已存在')
    expect(message.success).not.toHaveBeenCalled()
    expect(show.value).toBe(true)
    expect(form.saving.value).toBe(false)
  })
})
