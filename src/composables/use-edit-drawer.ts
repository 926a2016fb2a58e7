import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

export interface EditDrawer<Entity> {
  /** v-model:show of the drawer. */
  show: Ref<boolean>
  /** The record being edited; null when creating a new one. */
  record: ShallowRef<Entity | null>
  /** Opens the drawer on `record`, or empty (null) to create one. */
  open: (record: Entity | null) => void
}

/** Which record a list page's create/edit drawer shows, and whether it is open. */
export function useEditDrawer<Entity>(): EditDrawer<Entity> {
  const show = ref(false)
  const record = shallowRef<Entity | null>(null)

  function open(value: Entity | null): void {
    record.value = value
    show.value = true
  }

  return { show, record, open }
}
