/**
 * Where better-sqlite3's native binary is. better-sqlite3 13 ships one N-API binary per platform in its
 * package (prebuilds/<target>.node); N-API is ABI-stable, so the same file loads in Node (tests,
 * `npm run serve`) and in Electron, and nothing is ever rebuilt or downloaded for it.
 *
 * Unpackaged (`npm start`) better-sqlite3 finds its binary itself. In an installed app the package sits
 * inside app.asar, and a native binary cannot be loaded from an archive: electron-builder.yml unpacks the
 * prebuilds next to it (app.asar.unpacked), and the main process names that file explicitly, so a
 * packaging mistake is a clear start-up error rather than a silent fallback.
 */
import path from 'node:path'

const BINARY = 'better_sqlite3.node'

/** better-sqlite3's prebuild name for a platform and CPU ("win32-x64", "linux-x64"…). */
export function prebuildTarget(platform: string, arch: string): string {
  return `${platform}-${arch}`
}

export interface BindingPlace {
  packaged: boolean
  /** process.resourcesPath: the folder holding app.asar and app.asar.unpacked. */
  resourcesPath: string
  platform: string
  arch: string
}

/** The unpacked binary an installed app loads, or undefined to let better-sqlite3 find its own. */
export function nativeBindingPath(place: BindingPlace): string | undefined {
  if (!place.packaged) return undefined
  const target = prebuildTarget(place.platform, place.arch)
  const join = place.platform === 'win32' ? path.win32.join : path.posix.join
  return join(place.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', `${target}.node`)
}

/** Loading a binary for the wrong platform or architecture, or finding none at all. */
export function isNativeModuleError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|better_sqlite3\.node|bindings file|invalid ELF|not a valid Win32|prebuilds/i.test(
      error.message,
    )
  )
}

/** The Chinese-first text of the start-up error box. */
export function startupErrorText(error: unknown, dataDir: string): string {
  const detail = error instanceof Error ? error.message : String(error)
  if (isNativeModuleError(error)) {
    return (
      `数据库组件（${BINARY}）缺失或不适用于本机，请重新安装 WareDesk。\n` +
      `The database module (${BINARY}) is missing or not for this computer; please reinstall WareDesk.\n\n${detail}`
    )
  }
  return `无法打开数据库 / Cannot open the database\n数据文件夹 / Data folder: ${dataDir}\n\n${detail}`
}
