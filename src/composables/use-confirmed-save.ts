import { useDialog, type ButtonProps } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { FormSubmit } from './use-form-submit'

const confirmButton: ButtonProps & { 'data-testid': string } = { 'data-testid': 'confirm-deactivate' }

export interface ConfirmedSaveOptions {
  /** True when this save would switch an active record off. */
  deactivating: () => boolean
  /** The record's name, for the question: 确定停用「后勤管理处」吗？ */
  name: () => string
}

/**
 * The save of a master-data drawer with an active switch: switching a record off is asked about first
 * (it disappears from the pickers of new documents), and only once the form is valid, so the question
 * never comes before a field error. Any other save goes straight to `submit`.
 */
export function useConfirmedSave(form: FormSubmit<[]>, options: ConfirmedSaveOptions): () => Promise<void> {
  const { t } = useI18n()
  const dialog = useDialog()

  function ask(): Promise<boolean> {
    return new Promise((resolve) => {
      dialog.warning({
        title: t('masterData.deactivate.title'),
        content: t('masterData.deactivate.content', { name: options.name() }),
        positiveText: t('masterData.deactivate.positive'),
        negativeText: t('common.cancel'),
        positiveButtonProps: confirmButton,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      })
    })
  }

  return async () => {
    if (options.deactivating()) {
      try {
        await form.formRef.value?.validate()
      } catch {
        return
      }
      if (!(await ask())) return
    }
    await form.submit()
  }
}
