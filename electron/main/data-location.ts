/**
 * Which folder holds the database, decided on plain values so tests/main runs every case under Node.
 * Order: `--data-dir DIR`, then WAREDESK_DATA_DIR, then the folder saved at first run
 * (userData/data-location.json), then the machine-wide folder %ProgramData%\WareDesk when the app was
 * installed for all users (the installer leaves a marker next to app.asar), else the per-user folder.
 * electron/main/data-dir.ts gathers the values from Electron and the disk.
 */
import path from 'node:path'

/** In the per-user config folder (app.getPath('userData')): the first-run choice. */
export const CHOICE_FILE = 'data-location.json'
/** In process.resourcesPath: written by resources/installer.nsh for an all-users install only. */
export const MACHINE_MARKER = 'machine-wide'
const MAX_PATH = 1000

export type DataSource = 'flag' | 'env' | 'saved' | 'machine' | 'user'

export interface LocationFacts {
  platform: NodeJS.Platform
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  /** app.getPath('userData'): the per-user default, %APPDATA%\WareDesk on Windows. */
  userData: string
  /** The installer's all-users marker exists. */
  machineWide: boolean
  /** The text of data-location.json, or null when there is none. */
  savedChoice: string | null
  /** Whether a database file exists in a folder. */
  hasDatabase: (dir: string) => boolean
}

export interface DataLocation {
  dataDir: string
  source: DataSource
  /** True on first run: nothing chosen yet and no database in the default folder, so ask where. */
  ask: boolean
  /** Why a saved choice was not used (a damaged file), for the log. */
  warning?: string
}

const pathsFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix)

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

/** Environment variables, by name ignoring case on Windows (where ProgramData and PROGRAMDATA are one). */
function envValue(facts: Pick<LocationFacts, 'platform' | 'env'>, name: string): string | undefined {
  if (facts.platform !== 'win32') return facts.env[name] || undefined
  const key = Object.keys(facts.env).find((k) => k.toLowerCase() === name.toLowerCase())
  return (key && facts.env[key]) || undefined
}

/** The all-users folder, %ProgramData%\WareDesk; null where there is no such thing (not Windows). */
export function machineDataDir(facts: Pick<LocationFacts, 'platform' | 'env'>): string | null {
  if (facts.platform !== 'win32') return null
  const programData = envValue(facts, 'ProgramData')
  return path.win32.join(
    programData && path.win32.isAbsolute(programData) ? programData : 'C:\\ProgramData',
    'WareDesk',
  )
}

/** A usable folder path: absolute, not absurdly long, no NUL. */
function isFolderPath(platform: NodeJS.Platform, value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_PATH &&
    !value.includes('\0') &&
    pathsFor(platform).isAbsolute(value)
  )
}

/** The folder in data-location.json, or a message saying why the file cannot be used. */
export function parseChoice(platform: NodeJS.Platform, text: string): { dataDir: string } | { problem: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { problem: `${CHOICE_FILE} is not JSON` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: `${CHOICE_FILE} is not an object` }
  const dataDir = (value as Record<string, unknown>).dataDir
  if (!isFolderPath(platform, dataDir)) return { problem: `${CHOICE_FILE} has no absolute dataDir` }
  return { dataDir: pathsFor(platform).normalize(dataDir) }
}

/** The text of data-location.json for a chosen folder. */
export function serializeChoice(dataDir: string): string {
  return `${JSON.stringify({ dataDir }, null, 2)}\n`
}

export function resolveDataLocation(facts: LocationFacts): DataLocation {
  const paths = pathsFor(facts.platform)
  const flag = argValue(facts.argv, 'data-dir')
  if (flag) return { dataDir: paths.resolve(flag), source: 'flag', ask: false }
  const env = envValue(facts, 'WAREDESK_DATA_DIR')
  if (env) return { dataDir: paths.resolve(env), source: 'env', ask: false }
  let warning: string | undefined
  if (facts.savedChoice !== null) {
    const choice = parseChoice(facts.platform, facts.savedChoice)
    if ('dataDir' in choice) return { dataDir: choice.dataDir, source: 'saved', ask: false }
    warning = choice.problem
  }
  const machine = facts.machineWide ? machineDataDir(facts) : null
  const dataDir = machine ?? paths.normalize(facts.userData)
  const location: DataLocation = { dataDir, source: machine ? 'machine' : 'user', ask: !facts.hasDatabase(dataDir) }
  return warning ? { ...location, warning } : location
}
