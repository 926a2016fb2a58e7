/** The main window. Navigation and window.open guards are attached globally in security.ts. */
import { BrowserWindow } from 'electron'
import { appUrl } from './app-location'
import { thisApp } from './app-url'
import { secureWebPreferences } from './web-preferences'

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'WareDesk',
    show: false, // shown on ready-to-show, so the user never sees a blank white frame
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(thisApp()),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(appUrl(thisApp()))
  return win
}

/** Brings an existing window forward, e.g. when a second instance is started. */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
