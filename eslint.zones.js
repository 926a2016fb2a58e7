// The zones of docs/architecture.md as allowlists: each zone names the zones and the packages it may import,
// and everything else is an error. A new package or a new cross-zone import has to be added here on purpose.
import path from 'node:path'

const root = import.meta.dirname
const NODE = 'node:*'
const SHARED = 'electron/shared'
const SRC_BASE = ['src/utils', 'src/i18n', 'src/api', SHARED]

/**
 * Most specific first. `zones` may be imported in full, `types` only with `import type`.
 * Files outside every zone (tests, bench, scripts, configs) are not checked.
 */
export const ZONES = [
  { zone: SHARED, zones: [SHARED], packages: ['zod'] },
  {
    zone: 'electron/core',
    zones: ['electron/core', SHARED],
    packages: [NODE, 'better-sqlite3', 'zod', 'pinyin-pro', 'exceljs'],
  },
  // The host's command-line tools print the app's name and version from package.json.
  { zone: 'electron/host', zones: ['electron/host', 'electron/core', SHARED, 'package.json'], packages: [NODE] },
  { zone: 'electron/main', zones: ['electron/main', 'electron/core', SHARED], packages: [NODE, 'electron'] },
  { zone: 'electron/preload', zones: ['electron/preload'], types: [SHARED], packages: ['electron'] },
  // The Chinese texts may take names the core writes too (export sheets) from electron/shared.
  { zone: 'src/i18n', zones: ['src/i18n', SHARED], packages: ['vue', 'vue-i18n', 'naive-ui'] },
  { zone: 'src/api', zones: ['src/api', SHARED], packages: [] },
  { zone: 'src/utils', zones: SRC_BASE, types: ['src/components'], packages: ['vue', 'naive-ui', 'bwip-js', 'zod'] },
  { zone: 'src/stores', zones: ['src/stores', ...SRC_BASE], packages: ['vue', 'pinia', 'vue-router'] },
  {
    zone: 'src/composables',
    zones: ['src/composables', 'src/stores', ...SRC_BASE],
    packages: ['vue', 'naive-ui', 'vue-i18n', 'vue-router'],
  },
  // Components are the shared building blocks: they never reach up into views, layouts or the router.
  {
    zone: 'src/components',
    zones: ['src/components', 'src/composables', 'src/stores', ...SRC_BASE],
    packages: ['vue', 'naive-ui', 'vue-i18n', 'vue-router', 'zod'],
  },
  {
    zone: 'src/views',
    zones: ['src/views', 'src/components', 'src/composables', 'src/stores', ...SRC_BASE],
    packages: ['vue', 'naive-ui', 'vue-i18n', 'vue-router', 'zod', 'bwip-js'],
  },
  {
    zone: 'src/layouts',
    zones: ['src/layouts', 'src/components', 'src/composables', 'src/stores', ...SRC_BASE],
    packages: ['vue', 'naive-ui', 'vue-i18n', 'vue-router'],
  },
  {
    zone: 'src/router',
    zones: ['src/router', 'src/views', 'src/layouts', 'src/stores', ...SRC_BASE],
    packages: ['vue', 'vue-router'],
  },
  // The renderer's entry files (main.ts, App.vue, theme.ts) wire the app together.
  { zone: 'src', zones: ['src', SHARED], packages: ['vue', 'naive-ui', 'vue-i18n', 'vue-router', 'pinia', 'zod'] },
]

const inside = (file, folder) => file === folder || file.startsWith(folder + '/')

export function zoneOf(relativeFile) {
  return ZONES.find((z) => inside(relativeFile, z.zone))
}

/** `@scope/name/x` → `@scope/name`, `name/x` → `name`, `node:fs/promises` → `node:*`. */
export function packageName(specifier) {
  if (specifier.startsWith('node:')) return NODE
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** The repository-relative path an import points at, or undefined for a package. */
export function targetPath(relativeFile, specifier) {
  if (specifier.startsWith('@/')) return path.posix.join('src', specifier.slice(2))
  if (specifier.startsWith('@shared/')) return path.posix.join(SHARED, specifier.slice('@shared/'.length))
  if (specifier === '@shared') return SHARED
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(relativeFile), specifier)
  return undefined
}

/** Why `specifier` may not be imported from `relativeFile`, or undefined when it may. */
export function refusal(relativeFile, specifier, typeOnly) {
  const zone = zoneOf(relativeFile)
  if (!zone) return undefined
  const target = targetPath(relativeFile, specifier)
  if (target === undefined) {
    const name = packageName(specifier)
    return zone.packages.includes(name) ? undefined : `${zone.zone} may not import the package '${name}'`
  }
  if (zone.zones.some((z) => inside(target, z))) return undefined
  if (typeOnly && zone.types?.some((z) => inside(target, z))) return undefined
  const typeNote = zone.types?.some((z) => inside(target, z)) ? ' except with `import type`' : ''
  return `${zone.zone} may not import '${specifier}' (${target})${typeNote}`
}

const allowedImports = {
  meta: { type: 'problem', schema: [], docs: { description: 'imports follow the zone allowlist' } },
  create(context) {
    const relativeFile = path.relative(root, context.filename).split(path.sep).join('/')
    if (!zoneOf(relativeFile)) return {}
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return
      const message = refusal(relativeFile, source.value, typeOnly)
      if (message) context.report({ node, message: `${message}. See eslint.zones.js and docs/architecture.md.` })
    }
    return {
      ImportDeclaration: (node) =>
        check(
          node,
          node.source,
          node.importKind === 'type' ||
            (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')),
        ),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
    }
  },
}

export const zonesPlugin = { rules: { 'allowed-imports': allowedImports } }
