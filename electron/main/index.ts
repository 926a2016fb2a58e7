/**
 * WareDesk's Electron main process: window, menu, single-instance lock, data folder, and the IPC
 * adapter onto the core. No business rules live here — they are all in electron/core.
 */
import path from 'node:path'
import { app, dialog, Menu, session, type BrowserWindow } from 'electron'
import { createApp, type App } from '../core/app'
import { appDataDir } from './data-dir'
import { registerIpc, unregisterIpc } from './ipc'
import { buildMenu } from './menu'
import { nativeBindingPath, startupErrorText } from './native'
import { thisApp } from './app-url'
import { hardenContents, hardenSession } from './security'
import { createMainWindow, focusWindow } from './window'

app.setName('WareDesk')
// Pinned explicitly (setName alone does not move userData in every case): the single-instance lock
// lives here, and the core's default data folder is this same path, so desktop and `npm run serve`
// open the same database.
app.setPath('userData', path.join(app.getPath('appData'), 'WareDesk'))
app.enableSandbox()

let core: App | null = null

// Electron has no musl builds, so the glibc prebuild is the Linux one.
function bindingPlace() {
  return {
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
  }
}
let mainWindow: BrowserWindow | null = null

function openCore(dataDir: string): App | null {
  try {
    return createApp({ dataDir, version: app.getVersion(), nativeBinding: nativeBindingPath(bindingPlace()) })
  } catch (error) {
    console.error(error)
    dialog.showErrorBox('WareDesk 无法启动', startupErrorText(error, dataDir))
    return null
  }
}

function closeCore(): void {
  unregisterIpc()
  core?.close()
  core = null
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, thisApp())
  const dataDir = await appDataDir()
  if (dataDir === null) {
    app.quit() // the first-run question was answered 退出: nothing was created
    return
  }
  core = openCore(dataDir)
  if (!core) {
    app.exit(1)
    return
  }
  registerIpc(core.router)
  Menu.setApplicationMenu(buildMenu(dataDir))
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = null))
}

if (!app.requestSingleInstanceLock()) {
  // Another WareDesk owns this data; it gets focused through its 'second-instance' event.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow)
  })
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, thisApp()))
  // Quit on every platform: the app has no state worth keeping alive without a window.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', closeCore)
  start().catch((error: unknown) => {
    console.error(error)
    dialog.showErrorBox('WareDesk 无法启动', error instanceof Error ? error.message : String(error))
    app.exit(1)
  })
}
