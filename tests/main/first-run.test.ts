/**
 * The first-run choice with real folders: a writable folder is checked by really writing, a read-only
 * one gets a clear Chinese message and the question again, and the choice is saved where the next
 * start reads it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHOICE_FILE, resolveDataLocation } from '../../electron/main/data-location'
import {
  checkWritableFolder,
  chooseDataFolder,
  readChoice,
  saveChoice,
  type Prompter,
} from '../../electron/main/first-run'

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-first-run-'))
const readOnly = path.join(base, 'read-only')
fs.mkdirSync(readOnly)

/**
 * Makes `readOnly` unwritable for this process. Root ignores permission bits, so as root the folder is
 * also made immutable (chattr +i). If neither works the test fails rather than passing untested.
 */
function lockReadOnly(): void {
  fs.chmodSync(readOnly, 0o555)
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', readOnly])
  expect(() => fs.writeFileSync(path.join(readOnly, 'x'), 'x'), 'the test could not make a read-only folder').toThrow()
}
function unlockReadOnly(): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', readOnly])
  fs.chmodSync(readOnly, 0o755)
}

afterAll(() => {
  unlockReadOnly()
  fs.rmSync(base, { recursive: true, force: true })
})

const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.startsWith('.waredesk-write-test'))

describe('checkWritableFolder', () => {
  it('accepts an existing writable folder and leaves nothing behind', () => {
    const dir = path.join(base, 'ok')
    fs.mkdirSync(dir)
    expect(checkWritableFolder(dir)).toBeNull()
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('creates a missing folder, Chinese names included', () => {
    const dir = path.join(base, '后勤', '仓库数据')
    expect(checkWritableFolder(dir)).toBeNull()
    expect(fs.statSync(dir).isDirectory()).toBe(true)
  })

  it('refuses a read-only folder with a clear Chinese message first, then English', () => {
    lockReadOnly()
    try {
      const message = checkWritableFolder(readOnly)
      expect(message).toMatch(/^无法使用此文件夹：.*read-only/s)
      expect(message).toContain('不能在这里写入文件')
      expect(message).toContain('This folder cannot be used')
      expect(message).toMatch(/EACCES|EPERM|EROFS/)
    } finally {
      unlockReadOnly()
    }
    expect(leftovers(readOnly)).toEqual([])
  })

  it('refuses a file, a folder that cannot be created under a file, and a relative path', () => {
    const file = path.join(base, 'a-file.txt')
    fs.writeFileSync(file, 'x')
    expect(checkWritableFolder(file)).toContain('这是一个文件，不是文件夹')
    expect(checkWritableFolder(path.join(file, 'sub'))).toContain('无法创建该文件夹')
    expect(checkWritableFolder('relative/data')).toContain('完整路径')
  })
})

/** Answers the questions from a script and records what was shown. */
function scripted(answers: Array<'default' | 'other' | 'quit'>, picks: Array<string | null>) {
  const shown: string[] = []
  const prompter: Prompter = {
    choose: async (defaultDir) => {
      shown.push(`choose ${defaultDir}`)
      const answer = answers.shift()
      if (!answer) throw new Error('asked more often than scripted')
      return answer
    },
    pickFolder: async () => {
      shown.push('pick')
      return picks.shift() ?? null
    },
    warn: async (message) => void shown.push(`warn ${message.split('\n')[0]}`),
  }
  return { prompter, shown }
}

describe('chooseDataFolder', () => {
  it('使用默认位置: checks and saves the default, and the next start uses it without asking', async () => {
    const config = path.join(base, 'config-default')
    const defaultDir = path.join(base, 'default-data')
    const { prompter, shown } = scripted(['default'], [])
    expect(await chooseDataFolder(prompter, defaultDir, config)).toBe(defaultDir)
    expect(shown).toEqual([`choose ${defaultDir}`])
    const next = resolveDataLocation({
      platform: process.platform,
      argv: [],
      env: {},
      userData: config,
      machineWide: false,
      savedChoice: readChoice(config),
      hasDatabase: () => false,
    })
    expect(next).toEqual({ dataDir: defaultDir, source: 'saved', ask: false })
  })

  it('选择其他文件夹…: a read-only pick is explained and asked again; a cancelled dialog goes back', async () => {
    const config = path.join(base, 'config-other')
    const good = path.join(base, 'chosen')
    lockReadOnly()
    try {
      const { prompter, shown } = scripted(['other', 'other', 'other'], [readOnly, null, good])
      expect(await chooseDataFolder(prompter, path.join(base, 'unused-default'), config)).toBe(good)
      expect(shown).toEqual([
        `choose ${path.join(base, 'unused-default')}`,
        'pick',
        `warn 无法使用此文件夹：${readOnly}`,
        `choose ${path.join(base, 'unused-default')}`,
        'pick',
        `choose ${path.join(base, 'unused-default')}`,
        'pick',
      ])
    } finally {
      unlockReadOnly()
    }
    expect(JSON.parse(fs.readFileSync(path.join(config, CHOICE_FILE), 'utf8'))).toEqual({ dataDir: good })
    expect(fs.existsSync(path.join(base, 'unused-default'))).toBe(false)
  })

  it('退出: returns null and saves nothing', async () => {
    const config = path.join(base, 'config-quit')
    const { prompter } = scripted(['quit'], [])
    expect(await chooseDataFolder(prompter, path.join(base, 'never'), config)).toBeNull()
    expect(readChoice(config)).toBeNull()
  })
})

describe('saveChoice and readChoice', () => {
  it('replace the file whole, leaving no temporary file', () => {
    const config = path.join(base, 'config-save')
    saveChoice(config, path.join(base, 'one'))
    saveChoice(config, path.join(base, '二'))
    expect(fs.readdirSync(config)).toEqual([CHOICE_FILE])
    expect(JSON.parse(readChoice(config) ?? '')).toEqual({ dataDir: path.join(base, '二') })
  })
})
