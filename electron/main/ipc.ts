/**
 * The one IPC adapter onto the core's router, plus printing. Every message is checked for who sent it
 * (a top-level frame showing our app) and for its shape before anything runs.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Router } from '../core/router'
import type { CallResult, PrintResult } from '../shared/bridge'
import type { ErrorCode } from '../shared/errors'
import { isTrustedFrame } from './app-location'
import { thisApp } from './app-url'
import { printRoute } from './print'
import { isJsonValue, isMethod, isToken, parsePrintRequest } from './validate'

// The same names are written in electron/preload/index.ts (the preload may import types only).
export const CALL_CHANNEL = 'waredesk:call'
export const PRINT_CHANNEL = 'waredesk:print'

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return isTrustedFrame(thisApp(), event.senderFrame)
}

function failure(code: ErrorCode, zh: string, en: string): CallResult {
  return { ok: false, error: { code, message: { zh, en } } }
}

export function registerIpc(router: Router): void {
  ipcMain.handle(CALL_CHANNEL, (event, token: unknown, method: unknown, input: unknown): Promise<CallResult> => {
    if (!isTrustedSender(event)) {
      return Promise.resolve(failure('FORBIDDEN', '请求来源不受信任', 'Untrusted sender'))
    }
    if (token !== null && !isToken(token)) return Promise.resolve(failure('BAD_INPUT', '会话令牌无效', 'Invalid token'))
    if (!isMethod(method)) return Promise.resolve(failure('BAD_INPUT', '操作名无效', 'Invalid method name'))
    if (input !== undefined && !isJsonValue(input)) {
      return Promise.resolve(failure('BAD_INPUT', '输入必须是 JSON 数据', 'Input must be plain JSON data'))
    }
    return router.call(token, method, input)
  })

  ipcMain.handle(PRINT_CHANNEL, (event, raw: unknown): Promise<PrintResult> => {
    if (!isTrustedSender(event)) return Promise.resolve({ ok: false, message: 'Untrusted sender' })
    const request = parsePrintRequest(raw)
    if (typeof request === 'string') {
      return Promise.resolve({ ok: false, message: `打印请求无效 / Invalid print request: ${request}` })
    }
    return printRoute(request, BrowserWindow.fromWebContents(event.sender))
  })
}

export function unregisterIpc(): void {
  ipcMain.removeHandler(CALL_CHANNEL)
  ipcMain.removeHandler(PRINT_CHANNEL)
}
