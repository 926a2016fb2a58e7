/** The app's location as Electron reports it; every rule about it is in app-location.ts (pure). */
import { app } from 'electron'
import { appLocation, type AppLocation } from './app-location'

let location: AppLocation | null = null

/** This running app: its folder, whether it is packaged, the dev server when `electron-vite dev` runs. */
export function thisApp(): AppLocation {
  location ??= appLocation({
    appPath: app.getAppPath(),
    packaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    platform: process.platform,
  })
  return location
}
