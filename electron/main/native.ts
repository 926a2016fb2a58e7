/**
 * Locates better_sqlite3.node built for Electron's ABI (see scripts/electron-native.mjs). The copy in
 * node_modules is built for Node's ABI — tests and `npm run serve` use it — and cannot load here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { app } from 'electron'

const BINARY = 'better_sqlite3.node'

/** The Electron-ABI binary, or undefined to let better-sqlite3 try its default (and fail clearly). */
export function nativeBindingPath(): string | undefined {
  const file = app.isPackaged
    ? path.join(process.resourcesPath, 'native', BINARY) // electron-builder extraResources
    : path.join(app.getAppPath(), 'build', 'native', 'electron', process.versions.electron, BINARY)
  return fs.existsSync(file) ? file : undefined
}

/** Loading a binary for the wrong ABI, platform or architecture, or finding none at all. */
export function isNativeModuleError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|better_sqlite3\.node|bindings file|invalid ELF|not a valid Win32/i.test(error.message)
  )
}

/** The Chinese-first text of the start-up error box. */
export function startupErrorText(error: unknown, dataDir: string): string {
  const detail = error instanceof Error ? error.message : String(error)
  if (isNativeModuleError(error)) {
    return (
      '数据库组件（better-sqlite3）与当前 Electron 版本不匹配或缺失。\n' +
      (app.isPackaged
        ? '安装包不完整，请重新安装 WareDesk。\n'
        : '请在项目目录运行：node scripts/electron-native.mjs\n') +
      '\nThe database module was not built for this Electron version' +
      (app.isPackaged ? '; please reinstall WareDesk.' : '; run: node scripts/electron-native.mjs') +
      `\n\n${detail}`
    )
  }
  return `无法打开数据库 / Cannot open the database\n数据文件夹 / Data folder: ${dataDir}\n\n${detail}`
}
