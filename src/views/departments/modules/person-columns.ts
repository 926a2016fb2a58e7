import { h } from 'vue'
import { NButton, type DataTableColumns } from 'naive-ui'
import type { Person } from '@shared/contract'
import StatusTag from '@/components/status-tag.vue'

type Translate = (key: string) => string

export function personColumns(t: Translate, onEdit: ((row: Person) => void) | null): DataTableColumns<Person> {
  const columns: DataTableColumns<Person> = [
    { key: 'name', title: t('people.columns.name'), minWidth: 120, ellipsis: { tooltip: true } },
    {
      key: 'phone',
      title: t('people.columns.phone'),
      width: 160,
      render: (row) => (row.phone ? h('span', { class: 'num' }, row.phone) : h('span', { class: 'muted' }, '—')),
    },
    { key: 'departmentName', title: t('people.columns.department'), minWidth: 140, ellipsis: { tooltip: true } },
    {
      key: 'status',
      title: t('people.columns.status'),
      width: 80,
      render: (row) => h(StatusTag, { active: row.active }),
    },
  ]
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (row) =>
        h(
          NButton,
          { text: true, type: 'primary', size: 'small', 'data-testid': 'person-edit', onClick: () => onEdit(row) },
          () => t('common.edit'),
        ),
    })
  }
  return columns
}
