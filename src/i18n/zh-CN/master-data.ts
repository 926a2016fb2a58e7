/** Words shared by the 基础资料 screens (departments, warehouses, categories): export, filters, deactivation. */
export default {
  masterData: {
    exportExcel: '导出 Excel',
    exported: '已导出 {name}',
    includeInactive: '含停用',
    deactivate: {
      title: '停用确认',
      content: '确定停用「{name}」吗？停用后新单据中不能再选用，已有记录不受影响，之后可随时重新启用。',
      positive: '停用',
    },
  },
}
