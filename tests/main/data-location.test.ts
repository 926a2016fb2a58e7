/** The data folder's precedence and the first-run question, as a table of cases for Windows and Linux. */
import { describe, expect, it } from 'vitest'
import {
  argValue,
  machineDataDir,
  parseChoice,
  resolveDataLocation,
  serializeChoice,
  type LocationFacts,
} from '../../electron/main/data-location'

const WIN_USER = 'C:\\Users\\zhang\\AppData\\Roaming\\WareDesk'
const WIN_MACHINE = 'C:\\ProgramData\\WareDesk'
const windows: LocationFacts = {
  platform: 'win32',
  argv: ['C:\\Program Files\\WareDesk\\WareDesk.exe'],
  env: { APPDATA: 'C:\\Users\\zhang\\AppData\\Roaming', ProgramData: 'C:\\ProgramData' },
  userData: WIN_USER,
  machineWide: false,
  savedChoice: null,
  hasDatabase: () => false,
}
const linux: LocationFacts = {
  ...windows,
  platform: 'linux',
  argv: ['/opt/WareDesk/waredesk'],
  env: { HOME: '/home/li' },
  userData: '/home/li/.config/WareDesk',
}
const saved = (dataDir: string) => serializeChoice(dataDir)
const only = (dir: string) => (candidate: string) => candidate === dir

describe('resolveDataLocation', () => {
  it.each([
    ['per-user install, first run: per-user folder, ask', {}, WIN_USER, 'user', true],
    ['per-user install with a database: no question', { hasDatabase: only(WIN_USER) }, WIN_USER, 'user', false],
    ['all-users install, first run: %ProgramData%\\WareDesk, ask', { machineWide: true }, WIN_MACHINE, 'machine', true],
    [
      'all-users install, a colleague already made the database: shared, no question',
      { machineWide: true, hasDatabase: only(WIN_MACHINE) },
      WIN_MACHINE,
      'machine',
      false,
    ],
    [
      'all-users install follows ProgramData wherever it is (any letter case of the name)',
      { machineWide: true, env: { PROGRAMDATA: 'D:\\ProgramData' } },
      'D:\\ProgramData\\WareDesk',
      'machine',
      true,
    ],
    [
      'all-users install without ProgramData in the environment: C:\\ProgramData',
      { machineWide: true, env: {} },
      WIN_MACHINE,
      'machine',
      true,
    ],
    [
      'a saved choice beats the machine-wide folder',
      { machineWide: true, savedChoice: saved('D:\\仓库数据') },
      'D:\\仓库数据',
      'saved',
      false,
    ],
    [
      'a saved choice is used even before its database exists',
      { savedChoice: saved('E:\\WareDesk') },
      'E:\\WareDesk',
      'saved',
      false,
    ],
    [
      'WAREDESK_DATA_DIR beats a saved choice',
      { env: { WAREDESK_DATA_DIR: 'F:\\data' }, savedChoice: saved('D:\\x'), machineWide: true },
      'F:\\data',
      'env',
      false,
    ],
    ['WAREDESK_DATA_DIR in any case on Windows', { env: { waredesk_data_dir: 'F:\\data' } }, 'F:\\data', 'env', false],
    [
      '--data-dir beats everything',
      {
        argv: ['WareDesk.exe', '--data-dir', 'G:\\d'],
        env: { WAREDESK_DATA_DIR: 'F:\\data' },
        savedChoice: saved('D:\\x'),
      },
      'G:\\d',
      'flag',
      false,
    ],
    ['--data-dir=DIR', { argv: ['WareDesk.exe', '--data-dir=G:\\d'] }, 'G:\\d', 'flag', false],
    ['an empty WAREDESK_DATA_DIR is not a choice', { env: { WAREDESK_DATA_DIR: '' } }, WIN_USER, 'user', true],
  ] as const)('Windows: %s', (_name, change, dataDir, source, ask) => {
    const location = resolveDataLocation({ ...windows, ...(change as Partial<LocationFacts>) })
    expect(location).toMatchObject({ dataDir, source, ask })
    expect(location.warning).toBeUndefined()
  })

  it.each([
    ['first run: the per-user folder, ask', {}, '/home/li/.config/WareDesk', 'user', true],
    [
      'the all-users marker means nothing off Windows',
      { machineWide: true },
      '/home/li/.config/WareDesk',
      'user',
      true,
    ],
    ['a saved choice', { savedChoice: saved('/srv/waredesk') }, '/srv/waredesk', 'saved', false],
    [
      'a relative --data-dir is taken from the working folder',
      { argv: ['waredesk', '--data-dir', 'data'] },
      `${process.cwd()}/data`,
      'flag',
      false,
    ],
    [
      'a case variant of WAREDESK_DATA_DIR is another variable',
      { env: { waredesk_data_dir: '/x' } },
      '/home/li/.config/WareDesk',
      'user',
      true,
    ],
  ] as const)('Linux: %s', (_name, change, dataDir, source, ask) => {
    expect(resolveDataLocation({ ...linux, ...(change as Partial<LocationFacts>) })).toMatchObject({
      dataDir,
      source,
      ask,
    })
  })

  it.each([
    ['not JSON', '{dataDir: D:\\x'],
    ['an array', '["D:\\\\x"]'],
    ['null', 'null'],
    ['no dataDir', '{}'],
    ['a number', '{"dataDir": 5}'],
    ['a relative folder', '{"dataDir": "data"}'],
    ['a drive-relative folder', '{"dataDir": "D:data"}'],
    ['an empty folder', '{"dataDir": ""}'],
    ['a NUL in the path', '{"dataDir": "D:\\\\x\\u0000y"}'],
    ['a path of 1001 characters', JSON.stringify({ dataDir: 'D:\\' + 'x'.repeat(998) })],
  ])('ignores a damaged choice file (%s), says so, and falls back to the default', (_name, text) => {
    const location = resolveDataLocation({ ...windows, machineWide: true, savedChoice: text })
    expect(location).toMatchObject({ dataDir: WIN_MACHINE, source: 'machine', ask: true })
    expect(location.warning).toMatch(/data-location\.json/)
  })
})

describe('the saved choice', () => {
  it('round-trips Chinese folder names and normalises the path', () => {
    expect(parseChoice('win32', serializeChoice('D:\\后勤\\仓库数据'))).toEqual({ dataDir: 'D:\\后勤\\仓库数据' })
    expect(parseChoice('win32', serializeChoice('D:/a/./b/../c'))).toEqual({ dataDir: 'D:\\a\\c' })
    expect(parseChoice('linux', serializeChoice('/srv//waredesk/'))).toEqual({ dataDir: '/srv/waredesk/' })
    expect(parseChoice('win32', serializeChoice('\\\\nas\\share\\WareDesk'))).toEqual({
      dataDir: '\\\\nas\\share\\WareDesk',
    })
  })
})

describe('machineDataDir', () => {
  it('is %ProgramData%\\WareDesk on Windows only, ignoring a relative ProgramData', () => {
    expect(machineDataDir({ platform: 'win32', env: { ProgramData: 'C:\\ProgramData' } })).toBe(WIN_MACHINE)
    expect(machineDataDir({ platform: 'win32', env: { ProgramData: 'ProgramData' } })).toBe(WIN_MACHINE)
    expect(machineDataDir({ platform: 'linux', env: { ProgramData: '/x' } })).toBeNull()
    expect(machineDataDir({ platform: 'darwin', env: {} })).toBeNull()
  })
})

describe('argValue', () => {
  it.each([
    [['app', '--data-dir', 'D:\\x'], 'D:\\x'],
    [['app', '--data-dir=D:\\x'], 'D:\\x'],
    [['app', '--data-dir='], undefined],
    [['app', '--data-dir'], undefined],
    [['app', '--data-dir', '--inspect'], undefined],
    [['app', '--data-directory', 'x'], undefined],
    [['app'], undefined],
  ])('%j → %j', (argv, value) => {
    expect(argValue(argv, 'data-dir')).toBe(value)
  })
})
