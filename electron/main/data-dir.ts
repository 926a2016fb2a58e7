/**
 * Where the database lives, as Electron and the disk report it; every rule is in data-location.ts and
 * first-run.ts. On first run (nothing chosen, no database in the default folder) it asks with native
 * dialogs before the database is opened.
 */
import fs from 'node:fs'
import path from 'node:path'
import { app, dialog } from 'electron'
import { DB_FILE } from '../core/app'
import { MACHINE_MARKER, resolveDataLocation, type DataLocation } from './data-location'
import { chooseDataFolder, readChoice, type Prompter } from './first-run'

/** The folder by the rules, and whether this is the first run that should ask. */
export function appDataLocation(): DataLocation {
  const userData = app.getPath('userData')
  return resolveDataLocation({
    platform: process.platform,
    argv: process.argv,
    env: process.env,
    userData,
    machineWide: app.isPackaged && fs.existsSync(path.join(process.resourcesPath, MACHINE_MARKER)),
    savedChoice: readChoice(userData),
    hasDatabase: (dir) => fs.existsSync(path.join(dir, DB_FILE)),
  })
}

const dialogs: Prompter = {
  async choose(defaultDir) {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      title: 'WareDesk 数据位置',
      message: '请选择 WareDesk 数据库的存放位置',
      detail:
        `默认位置：${defaultDir}\n\n` +
        '同一台电脑上使用不同 Windows 账户的仓管员，需要选择同一个文件夹才能共用一个数据库。以后可在“文件 → 打开数据文件夹”查看。\n\n' +
        `Where should WareDesk keep its database? Default: ${defaultDir}`,
      buttons: ['使用默认位置', '选择其他文件夹…', '退出'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    })
    return (['default', 'other', 'quit'] as const)[response] ?? 'quit'
  },
  async pickFolder(defaultDir) {
    const result = await dialog.showOpenDialog({
      title: '选择数据文件夹',
      defaultPath: defaultDir,
      buttonLabel: '使用此文件夹',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async warn(message) {
    await dialog.showMessageBox({ type: 'warning', title: 'WareDesk', message, buttons: ['重新选择'], noLink: true })
  },
}

/** The data folder to open, asking first when this is the first run; null when the person quit. */
export async function appDataDir(): Promise<string | null> {
  const location = appDataLocation()
  if (location.warning) console.warn(`WareDesk: ${location.warning}; using ${location.dataDir}`)
  if (!location.ask) return location.dataDir
  return chooseDataFolder(dialogs, location.dataDir, app.getPath('userData'))
}
