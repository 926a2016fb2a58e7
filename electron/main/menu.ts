/** The zh-CN application menu: only what a warehouse clerk needs, developer tools only when unpackaged. */
import { app, dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions } from 'electron'

function showAbout(window: BaseWindow | undefined, dataDir: string): void {
  const options = {
    type: 'info' as const,
    title: '关于 WareDesk',
    message: `WareDesk ${app.getVersion()}`,
    detail: `仓储采购桌面系统\n数据文件夹：${dataDir}\nElectron ${process.versions.electron}`,
  }
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}

export function buildMenu(dataDir: string): Menu {
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件(&F)',
      submenu: [
        { label: '打开数据文件夹', click: () => void shell.openPath(dataDir) },
        separator,
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        separator,
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '重新加载', role: 'reload' },
        ...(app.isPackaged ? [] : [{ label: '开发者工具', role: 'toggleDevTools' } as const]),
        separator,
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        separator,
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: '关于 WareDesk', click: (_item, window) => showAbout(window, dataDir) }],
    },
  ]
  return Menu.buildFromTemplate(template)
}
