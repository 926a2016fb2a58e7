/**
 * Packaging without Electron: electron-builder.yml must ship better-sqlite3's N-API prebuilds for
 * Windows x64 and Linux x64 outside app.asar, and the main process must load exactly those files.
 * Electron cannot run here, so both ends are checked against the installed package and the config.
 */
import fs from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { nativeBindingPath, prebuildTarget } from '../../electron/main/native'

const root = path.resolve(import.meta.dirname, '../..')
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  files: string[]
  asar: boolean
  asarUnpack: string[]
  npmRebuild: boolean
  nsis: Record<string, unknown>
  win: { icon?: string }
  linux: { icon?: string }
}
const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3')
const TARGETS = [
  { platform: 'win32', arch: 'x64', resources: 'C:\\Program Files\\WareDesk\\resources' },
  { platform: 'linux', arch: 'x64', resources: '/opt/WareDesk/resources' },
] as const

/** electron-builder's `files` rule for one path in the app: the last matching pattern decides. */
function isPacked(file: string): boolean {
  let packed = file.startsWith('node_modules/') // production dependencies are added by the builder
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!')
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) packed = !negated
  }
  return packed
}

const isUnpacked = (file: string) => config.asarUnpack.some((pattern) => minimatch(file, pattern, { dot: true }))

/** The path inside the app of what nativeBindingPath names, relative to app.asar.unpacked. */
function insideUnpacked(binding: string, resources: string, platform: string): string {
  const sep = platform === 'win32' ? path.win32 : path.posix
  return sep.relative(sep.join(resources, 'app.asar.unpacked'), binding).split(sep.sep).join('/')
}

describe('packaging: the native database binary', () => {
  it('is shipped inside the better-sqlite3 package for Windows x64 and Linux x64 (no rebuild anywhere)', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')) as { version: string })
      .version
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(13)
    for (const { platform, arch } of TARGETS) {
      const file = path.join(sqliteDir, 'prebuilds', `${prebuildTarget(platform, arch)}.node`)
      expect(fs.statSync(file).size, file).toBeGreaterThan(100_000)
    }
    expect(config.npmRebuild).toBe(false)
    expect(fs.existsSync(path.join(root, 'scripts', 'electron-native.mjs'))).toBe(false)
  })

  it('loads in this Node from the package itself (the same N-API file Electron loads)', async () => {
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(':memory:')
    expect(db.prepare('SELECT sqlite_version() AS v').get()).toMatchObject({ v: expect.any(String) })
    db.close()
  })

  it.each(TARGETS)('is packed, unpacked from the asar, and resolved there by main ($platform-$arch)', (target) => {
    expect(config.asar).toBe(true)
    const binding = nativeBindingPath({
      packaged: true,
      resourcesPath: target.resources,
      platform: target.platform,
      arch: target.arch,
    })
    expect(binding).toBeDefined()
    const inApp = insideUnpacked(binding ?? '', target.resources, target.platform)
    expect(inApp).toBe(`node_modules/better-sqlite3/prebuilds/${target.platform}-${target.arch}.node`)
    // The file main names exists in the installed package, is packed, and goes outside the archive.
    expect(fs.existsSync(path.join(root, inApp))).toBe(true)
    expect(isPacked(inApp)).toBe(true)
    expect(isUnpacked(inApp)).toBe(true)
    // The package's JavaScript stays in the archive and is packed too.
    expect(isPacked('node_modules/better-sqlite3/lib/index.js')).toBe(true)
    expect(isUnpacked('node_modules/better-sqlite3/lib/index.js')).toBe(false)
  })

  it('leaves better-sqlite3 to find its own binary when not packaged (npm start)', () => {
    expect(nativeBindingPath({ packaged: false, resourcesPath: '/x', platform: 'linux', arch: 'x64' })).toBeUndefined()
  })

  it('drops the C sources, which nothing compiles', () => {
    expect(isPacked('node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false)
    expect(isPacked('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false)
    expect(isPacked('out/main/index.js')).toBe(true)
  })
})

describe('packaging: icons', () => {
  it('has the app and installer icons under resources/', () => {
    for (const file of ['icon.png', 'icon.ico']) {
      expect(fs.statSync(path.join(root, 'resources', file)).size, file).toBeGreaterThan(1000)
    }
    const png = fs.readFileSync(path.join(root, 'resources', 'icon.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256) // width: electron-builder wants ≥ 256 px
    const ico = fs.readFileSync(path.join(root, 'resources', 'icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1) // ICO type
    expect(config.nsis.installerIcon).toBe('resources/icon.ico')
    expect(config.win.icon).toBe('resources/icon.ico')
    expect(config.linux.icon).toBe('resources/icon.png')
  })
})
