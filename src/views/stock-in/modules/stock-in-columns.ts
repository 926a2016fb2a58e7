import { h } from 'vue'
import type { DataTableColumns } from 'naive-ui'
import type { StockDocumentSummary } from '@shared/contract'
import { formatFen, formatQuantity } from '@shared/money'
import DocStatusTag from '@/components/doc-status-tag.vue'

type Translate = (key: string) => string

const num = (text: string) => h('span', { class: 'num' }, text)

export function stockInColumns(t: Translate): DataTableColumns<StockDocumentSummary> {
  return [
    {
      key: 'docNo',
      title: t('stockIn.columns.docNo'),
      width: 170,
      render: (row) =>
        row.docNo
          ? h('span', { class: 'code', 'data-testid': 'doc-row-no' }, row.docNo)
          : h('span', { class: 'muted' }, t('stockIn.draftNo')),
    },
    { key: 'businessDate', title: t('stockIn.columns.businessDate'), width: 110 },
    { key: 'warehouseName', title: t('stockIn.columns.warehouse'), width: 120, ellipsis: { tooltip: true } },
    {
      key: 'totalQty',
      title: t('stockIn.columns.totalQty'),
      width: 110,
      align: 'right',
      render: (row) => num(formatQuantity(row.totalQtyMilli)),
    },
    {
      key: 'totalAmount',
      title: t('stockIn.columns.totalAmount'),
      width: 130,
      align: 'right',
      render: (row) => num(formatFen(row.totalFen)),
    },
    {
      key: 'status',
      title: t('stockIn.columns.status'),
      width: 90,
      render: (row) => h(DocStatusTag, { status: row.status }),
    },
    { key: 'createdBy', title: t('stockIn.columns.createdBy'), width: 100 },
    { key: 'postedBy', title: t('stockIn.columns.postedBy'), width: 100, render: (row) => row.postedBy ?? '' },
    { key: 'note', title: t('stockIn.columns.note'), minWidth: 160, ellipsis: { tooltip: true } },
  ]
}
