/** The users (用户) screen. */
export default {
  users: {
    title: '用户',
    create: '新建用户',
    edit: '编辑用户',
    resetPassword: '重置密码',
    resetFor: '为「{name}」设置新密码',
    resetDone: '密码已重置，该用户需重新登录',
    created: '用户「{name}」已创建',
    updated: '用户「{name}」已保存',
    columns: {
      username: '用户名',
      displayName: '姓名',
      role: '角色',
      status: '状态',
      createdAt: '创建时间',
    },
    fields: { role: '角色', active: '启用' },
    you: '（当前用户）',
  },
}
