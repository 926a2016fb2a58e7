/** The one set of webPreferences every window of the app uses, so none can be weaker than another. */
import type { WebPreferences } from 'electron'
import { preloadFile, type AppLocation } from './app-location'

export function secureWebPreferences(location: AppLocation): WebPreferences {
  return {
    // A sandboxed preload is evaluated by Electron itself, so its .cjs extension does not change how it loads.
    preload: preloadFile(location),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    safeDialogs: true,
    spellcheck: false,
  }
}
