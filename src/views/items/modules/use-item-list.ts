import { computed, onMounted, reactive, ref, shallowRef } from 'vue'
import { useMessage, type DataTableSortState } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { Category, Input, ItemListRow } from '@shared/contract'
import { api } from '@/api'
import { useScanTarget } from '@/composables/use-scanner'
import { usePagedList } from '@/composables/use-paged-list'
import { errorText } from '@/utils/errors'
import { categoryTreeOptions } from '@/components/tree-options'
import type { ItemSort } from './item-columns'

const SORT_KEYS: readonly string[] = ['code', 'name', 'onHand'] satisfies ItemSort['sort'][]
const isSortKey = (key: unknown): key is ItemSort['sort'] => typeof key === 'string' && SORT_KEYS.includes(key)

/**
 * The items list: its filters (search, inactive, category with its sub-categories, low stock only) and
 * sort, all applied in the core; a scan anywhere on the page searches for the scanned code.
 */
export function useItemList() {
  const { t } = useI18n()
  const message = useMessage()
  const search = ref('')
  const includeInactive = ref(false)
  const categoryId = ref<number | null>(null)
  const lowStockOnly = ref(false)
  const sort = reactive<ItemSort>({ sort: 'code', order: 'asc' })
  const categories = shallowRef<Category[]>([])

  /** The filters as items.list and the items export take them. */
  const filter = computed((): Omit<Input<'items.list'>, 'page' | 'pageSize'> => ({
    search: search.value.trim(),
    includeInactive: includeInactive.value,
    ...(categoryId.value === null ? {} : { categoryId: categoryId.value }),
    lowStockOnly: lowStockOnly.value,
    sort: sort.sort,
    order: sort.order,
  }))

  const list = usePagedList<ItemListRow>((paging) => api.call('items.list', { ...filter.value, ...paging }))

  /** A column header click; clearing the sort goes back to code order. */
  function changeSort(state: DataTableSortState | DataTableSortState[] | null): void {
    const next = Array.isArray(state) ? state[0] : state
    if (next && next.order !== false && isSortKey(next.columnKey)) {
      sort.sort = next.columnKey
      sort.order = next.order === 'descend' ? 'desc' : 'asc'
    } else {
      sort.sort = 'code'
      sort.order = 'asc'
    }
    void list.search()
  }

  // A scan (an item's or a pack's barcode) puts the code in the search box and finds its item.
  useScanTarget((code) => {
    search.value = code
    void list.search()
  })

  const categoryOptions = computed(() => categoryTreeOptions(categories.value, t('common.inactive')))
  onMounted(async () => {
    try {
      categories.value = await api.call('categories.list', {})
    } catch (error) {
      message.error(errorText(error))
    }
  })

  async function remove(row: ItemListRow): Promise<void> {
    try {
      await api.call('items.delete', { id: row.id })
      message.success(t('items.deleted', { name: row.name }))
      await list.reload()
    } catch (error) {
      message.error(errorText(error))
    }
  }

  return {
    search,
    includeInactive,
    categoryId,
    lowStockOnly,
    sort,
    filter,
    categoryOptions,
    changeSort,
    remove,
    table: list.table,
    reload: list.reload,
    /** New filters: back to the first page and load. */
    runSearch: list.search,
  }
}
