// Lint, including the zone rule from architecture.md: imports only go
// src → shared; main → core, shared; preload → shared (types); core → shared; host → core, shared; shared → nothing.
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'child_process', 'worker_threads', 'url', 'util']
const zone = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
})

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'build/', 'tests/e2e/artifacts/', 'bench-data/'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  { languageOptions: { globals: { ...globals.node } } },
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
    },
  },
  zone(
    ['electron/shared/**'],
    [
      'electron',
      'vue',
      'better-sqlite3',
      ...NODE_BUILTINS,
      '**/core/**',
      '**/main/**',
      '**/preload/**',
      '**/host/**',
      '**/src/**',
    ],
    'electron/shared is the pure contract: no Node, Electron, Vue or other zones.',
  ),
  zone(
    ['electron/core/**'],
    ['electron', 'vue', '**/main/**', '**/preload/**', '**/host/**', '**/src/**'],
    'electron/core is plain Node: it may import only electron/shared.',
  ),
  zone(
    ['electron/host/**'],
    ['electron', 'vue', '**/main/**', '**/preload/**', '**/src/**'],
    'The HTTP host may import only electron/core and electron/shared.',
  ),
  zone(
    ['electron/main/**'],
    ['vue', '**/preload/**', '**/host/**', '**/src/**'],
    'main may import core and shared only.',
  ),
  zone(
    ['electron/preload/**'],
    ['vue', 'better-sqlite3', '**/core/**', '**/main/**', '**/host/**', '**/src/**'],
    'The sandboxed preload may import electron and types from shared only.',
  ),
  zone(
    ['src/**'],
    [
      'electron',
      'better-sqlite3',
      ...NODE_BUILTINS,
      '**/electron/core/**',
      '**/electron/main/**',
      '**/electron/preload/**',
      '**/electron/host/**',
      '**/core/**',
    ],
    'The renderer talks to the core only through the api client; it imports only electron/shared (@shared).',
  ),
)
