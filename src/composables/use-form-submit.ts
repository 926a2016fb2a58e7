import { ref, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { errorText } from '@/utils/errors'

/** What submitting needs of a form: an NForm (FormInst) or a FormDrawer, which exposes its form's check. */
export interface ValidatableForm {
  validate: () => Promise<unknown>
}

export interface FormSubmitOptions<Result, Args extends unknown[]> {
  /** Runs only once the form is valid; a thrown error is shown as a message and the form stays open. */
  save: (...args: Args) => Promise<Result>
  /** The success message, e.g. 物资「A4复印纸」已创建. */
  success: (result: Result) => string
  /** After the success message: emit `saved`, navigate… An error here is shown like a save error. */
  done?: (result: Result) => void | Promise<unknown>
  /** The v-model:show of the drawer or modal around the form: set to false (closed) once all went well. */
  show?: Ref<boolean>
}

export interface FormSubmit<Args extends unknown[]> {
  /** Bind with `ref="formRef"` on the NForm or FormDrawer. */
  formRef: Ref<ValidatableForm | null>
  /** True while saving: the save button's `loading`. */
  saving: Ref<boolean>
  submit: (...args: Args) => Promise<void>
}

/**
 * The one way a form is saved: check the form (a failed check shows on the fields, nothing else happens),
 * run `save`, say so, then `done` and close; any error of the save becomes a message in the current language.
 */
export function useFormSubmit<Result, Args extends unknown[] = []>(
  options: FormSubmitOptions<Result, Args>,
): FormSubmit<Args> {
  const message = useMessage()
  const formRef = ref<ValidatableForm | null>(null)
  const saving = ref(false)

  async function submit(...args: Args): Promise<void> {
    try {
      await formRef.value?.validate()
    } catch {
      return
    }
    saving.value = true
    try {
      const result = await options.save(...args)
      message.success(options.success(result))
      await options.done?.(result)
      if (options.show) options.show.value = false
    } catch (error) {
      message.error(errorText(error))
    } finally {
      saving.value = false
    }
  }

  return { formRef, saving, submit }
}
