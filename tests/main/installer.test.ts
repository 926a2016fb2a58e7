/**
 * The Windows installer's all-users path, checked without Windows: electron-builder.yml asks "for me /
 * for all users", includes resources/installer.nsh, and that script uses the names electron-builder's
 * own NSIS templates define and writes the marker exactly where main looks for it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { MACHINE_MARKER } from '../../electron/main/data-location'

const root = path.resolve(import.meta.dirname, '../..')
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  directories: { buildResources: string }
  nsis: Record<string, unknown>
}
const script = fs.readFileSync(path.join(root, 'resources', 'installer.nsh'), 'utf8')
const templates = path.join(root, 'node_modules', 'app-builder-lib', 'templates', 'nsis')
const template = (file: string) => fs.readFileSync(path.join(templates, file), 'utf8')
/** The script without comments, so a commented-out line cannot satisfy a check. */
const code = script
  .split('\n')
  .map((line) => line.replace(/^\s*;.*$/, ''))
  .join('\n')

describe('installer: for me / for all users', () => {
  it('shows the install-mode page, per user by default, with elevation for all users', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
      include: 'resources/installer.nsh',
    })
    expect(fs.existsSync(path.join(root, config.nsis.include as string))).toBe(true)
    // build/ is git-ignored, so the script must not live there.
    expect(config.directories.buildResources).toBe('resources')
  })

  it('uses the macro and variable electron-builder’s templates really have', () => {
    expect(template('installSection.nsh')).toMatch(/!ifmacrodef customInstall\s+!insertmacro customInstall/)
    expect(template('multiUser.nsh')).toContain('Var installMode')
    expect(template('multiUser.nsh')).toContain('StrCpy $installMode all')
    expect(code).toMatch(/!macro customInstall\b[\s\S]*!macroend/)
    expect(code).toContain('${if} $installMode == "all"')
  })

  it('makes %ProgramData%\\WareDesk modifiable by the Users group, named by SID', () => {
    expect(code).toContain('ReadEnvStr $R0 "ProgramData"')
    expect(code).toContain('CreateDirectory "$R0\\WareDesk"')
    expect(code).toMatch(/icacls\.exe" "\$R0\\WareDesk" \/grant \*S-1-5-32-545:\(OI\)\(CI\)M /)
    expect(code).not.toMatch(/grant\s+"?(Users|用户)/)
  })

  it('writes the marker next to app.asar for all users only, where main reads it', () => {
    // process.resourcesPath is $INSTDIR\resources; main looks for MACHINE_MARKER there.
    const marker = `$INSTDIR\\resources\\${MACHINE_MARKER}`
    expect(code).toContain(`FileOpen $R2 "${marker}" w`)
    const [allUsers, perUser] = code.split('${else}')
    expect(allUsers).toContain(marker)
    expect(perUser).toContain(`Delete "${marker}"`)
  })
})
