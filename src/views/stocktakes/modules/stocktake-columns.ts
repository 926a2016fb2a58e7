import { h } from 'vue'
import type { DataTableColumns } from 'naive-ui'
import type { DocStatus, Input, StockDocumentSummary } from '@shared/contract'
import StocktakeStatusTag from '@/views/stocktake-sheet/modules/stocktake-status-tag.vue'

type Translate = (key: string) => string

export function stocktakeColumns(t: Translate): DataTableColumns<StockDocumentSummary> {
  return [
    {
      key: 'docNo',
      title: t('stocktake.columns.docNo'),
      width: 170,
      render: (row) =>
        row.docNo
          ? h('span', { class: 'code', 'data-testid': 'doc-row-no' }, row.docNo)
          : h('span', { class: 'muted' }, t('stocktake.draftNo')),
    },
    { key: 'businessDate', title: t('stocktake.fields.date'), width: 110 },
    { key: 'warehouseName', title: t('stocktake.fields.warehouse'), width: 140, ellipsis: { tooltip: true } },
    {
      key: 'status',
      title: t('common.status'),
      width: 90,
      render: (row) => h(StocktakeStatusTag, { status: row.status }),
    },
    { key: 'createdBy', title: t('stocktake.columns.createdBy'), width: 100 },
    { key: 'postedBy', title: t('stocktake.columns.postedBy'), width: 100, render: (row) => row.postedBy ?? '' },
    { key: 'note', title: t('stocktake.fields.note'), minWidth: 160, ellipsis: { tooltip: true } },
  ]
}

/** The stock.list query of the stocktake list under its status filter, without paging. */
export const stocktakeListQuery = (status: DocStatus | 'all'): Omit<Input<'stock.list'>, 'page' | 'pageSize'> => ({
  docType: 'PD',
  ...(status === 'all' ? {} : { status }),
})
