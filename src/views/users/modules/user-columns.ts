import { h } from 'vue'
import { NButton, NSpace, NTag, type DataTableColumns } from 'naive-ui'
import type { User } from '@shared/contract'
import StatusTag from '@/components/status-tag.vue'
import { formatDateTime } from '@/utils/date'

type Translate = (key: string) => string

interface UserActions {
  edit: (user: User) => void
  resetPassword: (user: User) => void
}

export function userColumns(
  t: Translate,
  currentUserId: number | undefined,
  actions: UserActions,
): DataTableColumns<User> {
  return [
    {
      key: 'username',
      title: t('users.columns.username'),
      width: 160,
      render: (row) => h('span', { class: 'code' }, row.username),
    },
    {
      key: 'displayName',
      title: t('users.columns.displayName'),
      minWidth: 140,
      render: (row) => (row.id === currentUserId ? `${row.displayName}${t('users.you')}` : row.displayName),
    },
    {
      key: 'role',
      title: t('users.columns.role'),
      width: 120,
      render: (row) =>
        h(NTag, { size: 'small', bordered: false, type: row.role === 'admin' ? 'info' : 'default' }, () =>
          t(`roles.${row.role}`),
        ),
    },
    {
      key: 'active',
      title: t('users.columns.status'),
      width: 90,
      render: (row) => h(StatusTag, { active: row.active }),
    },
    {
      key: 'createdAt',
      title: t('users.columns.createdAt'),
      width: 160,
      render: (row) => formatDateTime(row.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      render: (row) =>
        h(NSpace, { size: 12 }, () => [
          h(
            NButton,
            {
              text: true,
              type: 'primary',
              size: 'small',
              'data-testid': 'user-edit',
              onClick: () => actions.edit(row),
            },
            () => t('common.edit'),
          ),
          h(
            NButton,
            {
              text: true,
              type: 'primary',
              size: 'small',
              'data-testid': 'user-reset-password',
              onClick: () => actions.resetPassword(row),
            },
            () => t('users.resetPassword'),
          ),
        ]),
    },
  ]
}
