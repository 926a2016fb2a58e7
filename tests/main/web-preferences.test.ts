/** Every window's webPreferences keep Electron's security defaults on, and name our own preload. */
import { describe, expect, it } from 'vitest'
import { appLocation } from '../../electron/main/app-location'
import { secureWebPreferences } from '../../electron/main/web-preferences'

describe('secureWebPreferences', () => {
  const location = appLocation({ appPath: 'C:\\WareDesk\\resources\\app.asar', packaged: true, platform: 'win32' })
  const preferences = secureWebPreferences(location)

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInSubFrames', false],
    ['nodeIntegrationInWorker', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['experimentalFeatures', false],
    ['safeDialogs', true],
  ] as const)('%s is %s', (name, value) => {
    expect(preferences[name]).toBe(value)
  })

  it('enables no Blink features and loads only the app’s own preload', () => {
    expect(preferences.enableBlinkFeatures).toBeUndefined()
    expect(preferences.preload).toBe('C:\\WareDesk\\resources\\app.asar\\out\\preload\\index.cjs')
  })

  it('is a fresh object each time, so one window’s change cannot weaken another', () => {
    const first = secureWebPreferences(location)
    first.sandbox = false
    expect(secureWebPreferences(location).sandbox).toBe(true)
  })
})
