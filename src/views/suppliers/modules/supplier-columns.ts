import { h } from 'vue'
import { NButton, NTag, type DataTableColumns } from 'naive-ui'
import type { SupplierListRow } from '@shared/contract'
import StatusTag from '@/components/status-tag.vue'
import { localDate } from '@/utils/date'

type Translate = (key: string) => string

const dash = () => h('span', { class: 'muted' }, '—')

function expiryCell(t: Translate, row: SupplierListRow) {
  if (!row.nextExpiry) return dash()
  if (row.expiringCount === 0) return h('span', { class: 'num' }, row.nextExpiry)
  const expired = row.nextExpiry < localDate()
  return h('span', { class: 'num' }, [
    h(
      NTag,
      {
        size: 'tiny',
        type: expired ? 'error' : 'warning',
        bordered: false,
        style: 'margin-right: 6px',
        'data-testid': 'supplier-expiry-tag',
      },
      () => t(expired ? 'suppliers.expired' : 'suppliers.expiring'),
    ),
    row.nextExpiry,
  ])
}

export function supplierColumns(
  t: Translate,
  onEdit: ((row: SupplierListRow) => void) | null,
): DataTableColumns<SupplierListRow> {
  const columns: DataTableColumns<SupplierListRow> = [
    {
      key: 'code',
      title: t('suppliers.columns.code'),
      width: 100,
      render: (row) => h('span', { class: 'code' }, row.code),
    },
    { key: 'name', title: t('suppliers.columns.name'), minWidth: 160, ellipsis: { tooltip: true } },
    { key: 'shortName', title: t('suppliers.columns.shortName'), width: 100, ellipsis: { tooltip: true } },
    {
      key: 'uscc',
      title: t('suppliers.columns.uscc'),
      width: 180,
      render: (row) => (row.uscc ? h('span', { class: 'code' }, row.uscc) : dash()),
    },
    { key: 'contactName', title: t('suppliers.columns.contact'), width: 80, ellipsis: { tooltip: true } },
    { key: 'contactPhone', title: t('suppliers.columns.phone'), width: 120 },
    {
      key: 'itemCount',
      title: t('suppliers.columns.itemCount'),
      width: 100,
      align: 'right',
      render: (row) => h('span', { class: 'num' }, String(row.itemCount)),
    },
    { key: 'nextExpiry', title: t('suppliers.columns.nextExpiry'), width: 170, render: (row) => expiryCell(t, row) },
    {
      key: 'status',
      title: t('suppliers.columns.status'),
      width: 80,
      render: (row) => h(StatusTag, { active: row.active }),
    },
  ]
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (row) =>
        h(
          NButton,
          { text: true, type: 'primary', size: 'small', 'data-testid': 'supplier-edit', onClick: () => onEdit(row) },
          () => t('common.edit'),
        ),
    })
  }
  return columns
}
