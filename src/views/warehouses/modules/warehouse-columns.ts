import { h } from 'vue'
import { NButton, type DataTableColumns } from 'naive-ui'
import type { Location, Warehouse } from '@shared/contract'
import StatusTag from '@/components/status-tag.vue'

type Translate = (key: string) => string

/** Code, name, status and 编辑: what warehouses and locations both show. */
interface CodedRow {
  id: number
  code: string
  name: string
  active: boolean
}

function codedColumns<Row extends CodedRow>(
  t: Translate,
  keys: { code: string; name: string; status: string },
  onEdit: ((row: Row) => void) | null,
  editTestid: string,
): DataTableColumns<Row> {
  const columns: DataTableColumns<Row> = [
    { key: 'code', title: t(keys.code), width: 120, render: (row) => h('span', { class: 'code' }, row.code) },
    {
      key: 'name',
      title: t(keys.name),
      minWidth: 140,
      ellipsis: { tooltip: true },
      render: (row) => row.name || h('span', { class: 'muted' }, '—'),
    },
    { key: 'status', title: t(keys.status), width: 80, render: (row) => h(StatusTag, { active: row.active }) },
  ]
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (row) =>
        h(
          NButton,
          {
            text: true,
            type: 'primary',
            size: 'small',
            'data-testid': editTestid,
            // The row click selects the warehouse; editing should not also count as a second click.
            onClick: (event: MouseEvent) => {
              event.stopPropagation()
              onEdit(row)
            },
          },
          () => t('common.edit'),
        ),
    })
  }
  return columns
}

export const warehouseColumns = (t: Translate, onEdit: ((row: Warehouse) => void) | null) =>
  codedColumns<Warehouse>(
    t,
    { code: 'warehouses.columns.code', name: 'warehouses.columns.name', status: 'warehouses.columns.status' },
    onEdit,
    'warehouse-edit',
  )

export const locationColumns = (t: Translate, onEdit: ((row: Location) => void) | null) =>
  codedColumns<Location>(
    t,
    { code: 'locations.columns.code', name: 'locations.columns.name', status: 'locations.columns.status' },
    onEdit,
    'location-edit',
  )
