// Lint, including the zone rule of docs/architecture.md as an allowlist (eslint.zones.js): shared → nothing;
// core → shared; host → core, shared; main → core, shared; preload → shared types; src → shared, through its own layers.
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { zonesPlugin } from './eslint.zones.js'

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
  { plugins: { zones: zonesPlugin }, rules: { 'zones/allowed-imports': 'error' } },
)
