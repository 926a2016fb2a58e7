/**
 * End-to-end harness: the real `serve` CLI on a fresh data folder, driven by Debian's Chromium
 * through playwright-core (which never downloads a browser).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '../..')

export interface Host {
  url: string
  dataDir: string
  /** The one-time setup code the host printed (a fresh data folder always has one). */
  setupCode: string
  stop(): Promise<void>
}

/** Starts `electron/host/cli.ts` on a free port and a temporary data folder. Needs `out/renderer` built. */
export async function startHost(): Promise<Host> {
  if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm test does)')
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-e2e-'))
  const child = spawn(
    process.execPath,
    // Cheap password hashing: the e2e flows sign in many users; tests/core/auth.test.ts checks the real cost.
    ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data-dir', dataDir, '--test-password-cost'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const { url, setupCode } = await new Promise<{ url: string; setupCode: string }>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)
      const code = /setup code: (\d{4}-\d{4})/.exec(output)
      if (match && code) {
        clearTimeout(timer)
        resolve({ url: match[0], setupCode: code[1] })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
  return { url, dataDir, setupCode, stop: () => stopChild(child, dataDir) }
}

function stopChild(child: ChildProcess, dataDir: string): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => {
      fs.rmSync(dataDir, { recursive: true, force: true })
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Saves numbered screenshots of each step under tests/e2e/artifacts/<flow>/. */
export function screenshots(flow: string) {
  const dir = path.join(root, 'tests/e2e/artifacts', flow)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let step = 0
  return async (page: Page, name: string) => {
    step += 1
    await page.screenshot({ path: path.join(dir, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true })
  }
}

/**
 * Types like a USB scanner: key events `gapMs` apart, then Enter, sent from inside the page. Playwright's
 * own keyboard waits for a round trip per key, and on a loaded 2-core CI machine that stretches
 * single gaps to 80 ms and more, which is no scanner's timing; a scanner's HID reports keep a fixed pace.
 * The default sends the keys back to back in one task: a starved CI machine can delay even an in-page
 * 5 ms timer by 100 ms, while a real scanner's keys keep the time they were typed at. (The scanner's
 * timing rules are unit-tested in tests/renderer/use-scanner.test.ts.)
 */
export async function scan(page: Page, code: string, gapMs = 0): Promise<void> {
  await page.evaluate(
    ({ code, gapMs }) =>
      new Promise<void>((resolve) => {
        // Letters, digits and '-' (document numbers such as CG20261126-0001 carry one).
        const keyCode = (char: string) =>
          /\d/.test(char) ? `Digit${char}` : char === '-' ? 'Minus' : `Key${char.toUpperCase()}`
        const send = (key: string, code: string, shiftKey = false) => {
          const target = document.activeElement ?? document.body
          const init = { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }
          target.dispatchEvent(new KeyboardEvent('keydown', init))
          target.dispatchEvent(new KeyboardEvent('keyup', init))
        }
        const chars = [...code]
        const next = (index: number) => {
          if (index === chars.length) {
            send('Enter', 'Enter')
            return resolve()
          }
          const char = chars[index]
          send(char, keyCode(char), /[A-Z]/.test(char))
          if (gapMs === 0) next(index + 1)
          else setTimeout(() => next(index + 1), gapMs)
        }
        next(0)
      }),
    { code, gapMs },
  )
}

export const ADMIN = { username: 'admin', displayName: '王建国', password: 'houqin-2026' }

/** First-run setup through the API, for flows that start after it (the Foundation flow does it by hand). */
export async function setupAdmin(host: Host): Promise<string> {
  const response = await fetch(`${host.url}api/auth.setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, setupCode: host.setupCode }),
  })
  const body = (await response.json()) as { ok: boolean; data: { token: string } }
  if (!body.ok) throw new Error('setup failed')
  return body.data.token
}

/** Signs in through the login screen. */
export async function login(page: Page, host: Host, user = ADMIN): Promise<void> {
  await page.goto(host.url)
  await page.getByTestId('login-username').fill(user.username)
  await page.getByTestId('login-password').fill(user.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('current-user').waitFor()
}
