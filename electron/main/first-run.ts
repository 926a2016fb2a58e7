/**
 * The first-run choice of the data folder: the question loop and the checks, with the dialogs behind a
 * small interface so tests/main drives it with scripted answers and real folders. data-dir.ts gives it
 * Electron's message and folder dialogs.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { CHOICE_FILE, serializeChoice } from './data-location'

/** What the person is asked; Electron's dialogs in the app, a script in tests. */
export interface Prompter {
  /** 使用默认位置 / 选择其他文件夹… / 退出 */
  choose(defaultDir: string): Promise<'default' | 'other' | 'quit'>
  /** A folder picked in the system dialog, or null when cancelled. */
  pickFolder(defaultDir: string): Promise<string | null>
  /** Shows why a folder cannot be used; the question is then asked again. */
  warn(message: string): Promise<void>
}

const cannotUse = (dir: string, zh: string, en: string, detail?: string) =>
  `无法使用此文件夹：${dir}\n${zh}\n\nThis folder cannot be used: ${en}${detail ? `\n(${detail})` : ''}`

/**
 * Null when WareDesk can keep its database in `dir` (created if missing), else a clear message in
 * Chinese and English. It really writes, syncs and deletes a probe file: permission bits, read-only
 * media, full disks and locked-down folders all show up here rather than on the first save.
 */
export function checkWritableFolder(dir: string): string | null {
  if (!path.isAbsolute(dir)) return cannotUse(dir, '请选择一个完整路径的文件夹。', 'choose a folder by its full path.')
  if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) {
    return cannotUse(dir, '这是一个文件，不是文件夹。', 'it is a file, not a folder.')
  }
  try {
    fs.mkdirSync(dir, { recursive: true })
  } catch (error) {
    return cannotUse(
      dir,
      '无法创建该文件夹，请选择其他位置。',
      'it cannot be created; choose another place.',
      code(error),
    )
  }
  const probe = path.join(dir, `.waredesk-write-test-${process.pid}-${crypto.randomBytes(4).toString('hex')}`)
  try {
    const fd = fs.openSync(probe, 'wx')
    try {
      fs.writeSync(fd, 'WareDesk')
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.unlinkSync(probe)
    return null
  } catch (error) {
    fs.rmSync(probe, { force: true })
    return cannotUse(
      dir,
      '当前 Windows 账户不能在这里写入文件（只读或没有权限）。请选择其他文件夹，或请管理员授予修改权限。',
      'this account cannot write here (read-only or no permission). Choose another folder, or ask an administrator for modify rights.',
      code(error),
    )
  }
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))
}

/** Saves the choice in the per-user config folder, written whole or not at all. */
export function saveChoice(configDir: string, dataDir: string): void {
  fs.mkdirSync(configDir, { recursive: true })
  const file = path.join(configDir, CHOICE_FILE)
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, serializeChoice(dataDir))
  fs.renameSync(temporary, file)
}

/** The text of the saved choice, or null when none was saved. */
export function readChoice(configDir: string): string | null {
  try {
    return fs.readFileSync(path.join(configDir, CHOICE_FILE), 'utf8')
  } catch {
    return null
  }
}

/**
 * Asks until a writable folder is chosen (and then saves it), or returns null when the person quits.
 * A cancelled folder dialog goes back to the question; an unusable folder is explained, then asked again.
 */
export async function chooseDataFolder(
  prompter: Prompter,
  defaultDir: string,
  configDir: string,
): Promise<string | null> {
  for (;;) {
    const answer = await prompter.choose(defaultDir)
    if (answer === 'quit') return null
    const dir = answer === 'default' ? defaultDir : await prompter.pickFolder(defaultDir)
    if (dir === null) continue
    const problem = checkWritableFolder(dir)
    if (problem) {
      await prompter.warn(problem)
      continue
    }
    saveChoice(configDir, path.resolve(dir))
    return path.resolve(dir)
  }
}
