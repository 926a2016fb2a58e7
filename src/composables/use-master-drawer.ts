import { computed, reactive, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useConfirmedSave } from './use-confirmed-save'
import { useFormSubmit, type ValidatableForm } from './use-form-submit'

/** What both the record and the form have: a name, and the active switch. */
interface MasterRecord {
  name: string
  active: boolean
}

export interface MasterDrawerOptions<Entity extends MasterRecord, Model extends MasterRecord> {
  /** The i18n scope of the messages: `<scope>.created` / `<scope>.updated` with `{ name }`. */
  scope: string
  /** The record being edited (the drawer's prop); null when creating. */
  record: () => Entity | null
  /** The drawer's v-model:show, closed once saved. */
  show: Ref<boolean>
  /** The form's values on open: those of `record`, or those of a new record (null). */
  values: (record: Entity | null) => Model
  create: (model: Model) => Promise<Entity>
  update: (record: Entity, model: Model) => Promise<Entity>
  /** After the success message, usually emit('saved'). */
  done: (saved: Entity) => void
  /** The name in the success message; the saved record's name by default. */
  savedName?: (saved: Entity) => string
  /** The name in the deactivation question; the form's name (or the record's) by default. */
  confirmName?: (model: Model, record: Entity | null) => string
}

export interface MasterDrawer<Model> {
  model: Model
  /** True when editing an existing record (the active switch shows). */
  editing: ComputedRef<boolean>
  /** Bind to the drawer's `@open`: fills the form from the record, or empties it. */
  reset: () => void
  formRef: Ref<ValidatableForm | null>
  saving: Ref<boolean>
  /** Bind to the drawer's `@save`: switching a record off is asked about first. */
  save: () => Promise<void>
}

/**
 * The script of a master-data drawer with an active switch (departments, people, categories, warehouses,
 * locations): the form model, filled on open, create or update, the success message, and the deactivation
 * question. Each drawer declares only its fields, rules and API calls.
 */
export function useMasterDrawer<Entity extends MasterRecord, Model extends MasterRecord>(
  options: MasterDrawerOptions<Entity, Model>,
): MasterDrawer<Model> {
  const { t } = useI18n()
  const model = reactive(options.values(null)) as Model
  const editing = computed(() => options.record() !== null)

  function reset(): void {
    Object.assign(model, options.values(options.record()))
  }

  const form = useFormSubmit({
    save: () => {
      const record = options.record()
      return record ? options.update(record, model) : options.create(model)
    },
    success: (saved) =>
      t(options.record() ? `${options.scope}.updated` : `${options.scope}.created`, {
        name: options.savedName ? options.savedName(saved) : saved.name,
      }),
    done: options.done,
    show: options.show,
  })
  const save = useConfirmedSave(form, {
    deactivating: () => options.record()?.active === true && !model.active,
    name: () =>
      options.confirmName
        ? options.confirmName(model, options.record())
        : model.name.trim() || (options.record()?.name ?? ''),
  })

  return { model, editing, reset, formRef: form.formRef, saving: form.saving, save }
}
