import os from 'node:os'
import path from 'node:path'

export const APP_FOLDER = 'WareDesk'

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for productName
 * "WareDesk", so `npm run serve` and the desktop app open the same database by default:
 * Windows %APPDATA%\WareDesk, macOS ~/Library/Application Support/WareDesk, Linux ~/.config/WareDesk.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER)
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER)
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), APP_FOLDER)
}

/** --data-dir beats WAREDESK_DATA_DIR beats the per-user default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag || env.WAREDESK_DATA_DIR || defaultDataDir(env))
}
