/**
 * Prints a renderer print route: loads it in a hidden window with the caller's session token, waits
 * for the page to say its data has rendered, then opens the system print dialog or saves a PDF.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron'
import type { PrintRequest, PrintResult } from '../shared/bridge'
import { appUrl } from './app-location'
import { thisApp } from './app-url'
import { pdfFileName } from './pdf-name'
import { secureWebPreferences } from './web-preferences'

const READY_TIMEOUT_MS = 15_000
const POLL_MS = 200
const CANCELLED = '已取消 / Cancelled'

class PrintError extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    sleep(ms).then((): never => {
      throw new PrintError('打印页面没有响应 / The print page is not responding')
    }),
  ])
}

/**
 * Polls the page's readiness flag. A renderer may set printReady = 'error' to fail at once instead of
 * waiting for the timeout. Each probe has its own timeout because a crashed renderer never answers.
 */
async function waitForReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (win.isDestroyed() || win.webContents.isCrashed()) throw new PrintError('打印页面已关闭 / The print page closed')
    const state: unknown = await withTimeout(
      win.webContents.executeJavaScript('document.documentElement.dataset.printReady ?? null'),
      READY_TIMEOUT_MS,
    )
    if (state === 'true') return
    if (state === 'error') throw new PrintError('打印数据加载失败 / The print data failed to load')
    await sleep(POLL_MS)
  }
  throw new PrintError(`打印页面在 ${READY_TIMEOUT_MS / 1000} 秒内未就绪 / The print page was not ready in time`)
}

function printWithDialog(win: BrowserWindow, request: PrintRequest): Promise<PrintResult> {
  return new Promise((resolve) => {
    const options = { silent: false, printBackground: true, pageSize: request.paper, landscape: request.landscape }
    win.webContents.print(options, (success, failureReason) => {
      if (success) resolve({ ok: true })
      else if (/cancel/i.test(failureReason)) resolve({ ok: false, message: CANCELLED })
      else resolve({ ok: false, message: `打印失败 / Printing failed: ${failureReason}` })
    })
  })
}

async function saveAsPdf(win: BrowserWindow, request: PrintRequest, owner: BrowserWindow | null): Promise<PrintResult> {
  // Render first, so a broken page fails before the user has picked a file.
  const pdf = await win.webContents.printToPDF({
    pageSize: request.paper,
    landscape: request.landscape,
    printBackground: true,
  })
  const options: SaveDialogOptions = {
    title: '保存 PDF',
    defaultPath: path.join(app.getPath('documents'), pdfFileName(request.route)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { ok: false, message: CANCELLED }
  await fs.writeFile(choice.filePath, pdf)
  return { ok: true, path: choice.filePath }
}

/** Never throws: every failure becomes { ok: false, message }. The hidden window is always destroyed. */
export async function printRoute(request: PrintRequest, owner: BrowserWindow | null): Promise<PrintResult> {
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    // A hidden window is throttled (no requestAnimationFrame), which could keep the page from ever
    // reporting ready; it is otherwise the same secure configuration as every other window.
    webPreferences: { ...secureWebPreferences(thisApp()), backgroundThrottling: false },
  })
  try {
    await win.loadURL(appUrl(thisApp(), `${request.route}?token=${encodeURIComponent(request.token)}`))
    await waitForReady(win)
    return request.mode === 'dialog' ? await printWithDialog(win, request) : await saveAsPdf(win, request, owner)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: error instanceof PrintError ? detail : `打印失败 / Printing failed: ${detail}` }
  } finally {
    // destroy(), not close(): a beforeunload handler must not keep an invisible window alive.
    if (!win.isDestroyed()) win.destroy()
  }
}
