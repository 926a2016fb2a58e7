import type { MessageSchema } from '../zh-CN'

/** English — words shared by the master-data screens (departments, warehouses, categories). */
export default {
  masterData: {
    exportExcel: 'Export to Excel',
    exported: 'Exported {name}',
    includeInactive: 'Include inactive',
    deactivate: {
      title: 'Deactivate',
      content:
        'Deactivate "{name}"? It can no longer be chosen on new documents; existing records stay as they are. You can activate it again at any time.',
      positive: 'Deactivate',
    },
  },
} satisfies Pick<MessageSchema, 'masterData'>
