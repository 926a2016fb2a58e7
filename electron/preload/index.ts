/**
 * The sandboxed preload: exposes exactly one DesktopBridge as `window.waredesk`. Raw ipcRenderer never
 * reaches the page. Only types come from electron/shared — a sandboxed preload can require 'electron'
 * and nothing else at run time. The channel names match electron/main/ipc.ts.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { CallResult, DesktopBridge, PrintResult } from '../shared/bridge'

const bridge = {
  call: (token, method, input): Promise<CallResult> => ipcRenderer.invoke('waredesk:call', token, method, input),
  print: (request): Promise<PrintResult> => ipcRenderer.invoke('waredesk:print', request),
} satisfies DesktopBridge

contextBridge.exposeInMainWorld('waredesk', bridge)
