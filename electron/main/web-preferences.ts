/** The one set of webPreferences every window of the app uses, so none can be weaker than another. */
import path from 'node:path'
import { app, type WebPreferences } from 'electron'

export function secureWebPreferences(): WebPreferences {
  return {
    // electron-vite names CommonJS output .cjs because package.json says "type": "module"; a sandboxed
    // preload is evaluated by Electron itself, so the extension does not change how it loads.
    preload: path.join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}
