/** Where the database lives: `--data-dir DIR`, else WAREDESK_DATA_DIR, else Electron's userData folder. */
import { app } from 'electron'
import { resolveDataDir } from '../core/data-dir'

/** Reads `--name VALUE` or `--name=VALUE`; a following `--switch` is not taken as the value. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1) || undefined
    if (arg === flag) {
      const next = argv[i + 1]
      return next && !next.startsWith('--') ? next : undefined
    }
  }
  return undefined
}

/**
 * Uses the core's precedence (flag beats env var) and path resolution, but with userData as the last
 * fallback: it is the same folder the core's default computes, yet Electron is the authority here.
 */
export function appDataDir(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  return resolveDataDir(argValue(argv, 'data-dir') || env.WAREDESK_DATA_DIR || app.getPath('userData'), env)
}
