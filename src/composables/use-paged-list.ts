import { computed, onMounted, ref, shallowReactive, shallowRef, type ComputedRef } from 'vue'
import { useMessage, type PaginationProps } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { Page } from '@shared/contract'
import { ApiError } from '@shared/errors'
import { errorText } from '@/utils/errors'

export interface Paging {
  page: number
  pageSize: number
}

/** The NDataTable props that come from the list: the current page's rows, its loading state and pagination. */
export interface PagedTableProps<Row> {
  remote: true
  data: Row[]
  loading: boolean
  pagination: PaginationProps
}

export interface PagedList<Row> {
  /** Bind on the NDataTable: `<n-data-table v-bind="table" …>`. */
  table: ComputedRef<PagedTableProps<Row>>
  /** Loads the current page again. */
  reload: () => Promise<void>
  /** New filters: back to the first page, then load. */
  search: () => Promise<void>
}

/**
 * State of a server-paged table: the rows of the current page, the NDataTable pagination, loading.
 * Filtering and paging happen in the core; only one page is ever held here.
 * The first page is loaded when the calling component is mounted.
 */
export function usePagedList<Row>(load: (paging: Paging) => Promise<Page<Row>>, pageSize = 20): PagedList<Row> {
  const { t } = useI18n()
  const message = useMessage()
  const rows = shallowRef<Row[]>([])
  const loading = ref(false)
  let latest = 0

  // Shallow: only the top-level fields change, and deep typing of PaginationProps is very costly.
  const pagination = shallowReactive<PaginationProps>({
    page: 1,
    pageSize,
    itemCount: 0,
    showSizePicker: true,
    pageSizes: [20, 50, 100],
    prefix: ({ itemCount }) => t('common.total', { n: itemCount ?? 0 }),
    onUpdatePage: (page: number) => {
      pagination.page = page
      void reload()
    },
    onUpdatePageSize: (size: number) => {
      pagination.pageSize = size
      pagination.page = 1
      void reload()
    },
  })

  /** Loads the current page again; an answer that arrives after a newer request is dropped. */
  async function reload(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const result = await load({ page: pagination.page ?? 1, pageSize: pagination.pageSize ?? pageSize })
      if (request !== latest) return
      rows.value = result.rows
      pagination.itemCount = result.total
    } catch (error) {
      // An ended session is not this table's news: the app is already on its way to the login page.
      const sessionEnded = error instanceof ApiError && error.code === 'UNAUTHENTICATED'
      if (request === latest && !sessionEnded) message.error(errorText(error))
    } finally {
      if (request === latest) loading.value = false
    }
  }

  /** New filters: back to the first page. */
  function search(): Promise<void> {
    pagination.page = 1
    return reload()
  }

  const table = computed((): PagedTableProps<Row> => ({
    remote: true,
    data: rows.value,
    loading: loading.value,
    pagination,
  }))

  onMounted(() => void reload())

  return { table, reload, search }
}
