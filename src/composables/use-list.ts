import { computed, onMounted, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { useMessage } from 'naive-ui'
import { ApiError } from '@shared/errors'
import { errorText } from '@/utils/errors'

export interface List<Row> {
  rows: ShallowRef<Row[]>
  loading: Ref<boolean>
  /** Loads again (after a save, or when a filter changes). */
  reload: () => Promise<void>
  /** The NDataTable `pagination`: pages of PAGE_SIZE once the rows fill more than one, none for a short list. */
  pagination: ComputedRef<{ pageSize: number } | false>
}

const PAGE_SIZE = 20

/**
 * A whole, unpaged list from the core (departments, warehouses, units…: small tables the API returns in full).
 * Loaded when the calling component is mounted unless `immediate` is false; an answer overtaken by a newer
 * request is dropped, so a fast filter change never shows the older rows.
 */
export function useList<Row>(load: () => Promise<Row[]>, immediate = true): List<Row> {
  const message = useMessage()
  const rows = shallowRef<Row[]>([])
  const loading = ref(false)
  let latest = 0

  async function reload(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const result = await load()
      if (request === latest) rows.value = result
    } catch (error) {
      // An ended session is not this list's news: the app is already on its way to the login page.
      const sessionEnded = error instanceof ApiError && error.code === 'UNAUTHENTICATED'
      if (request === latest && !sessionEnded) message.error(errorText(error))
    } finally {
      if (request === latest) loading.value = false
    }
  }

  if (immediate) onMounted(() => void reload())

  const pagination = computed(() => (rows.value.length > PAGE_SIZE ? { pageSize: PAGE_SIZE } : false))

  return { rows, loading, reload, pagination }
}
