import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
const alias = { '@': resolve(root, 'src'), '@shared': resolve(root, 'electron/shared') }

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      // The alias lets a core test run the renderer's pure screen rules against the real core (tests/core/rules).
      {
        resolve: { alias },
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      // The Electron shell's pure parts and the packaging config, under Node (Electron cannot run in CI).
      { test: { name: 'main', include: ['tests/main/**/*.test.ts'], environment: 'node' } },
      {
        plugins: [vue()],
        resolve: { alias },
        test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // After the unit projects, so the browser flow does not share 2 cores with scrypt-heavy tests.
          sequence: { groupOrder: 1 },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
