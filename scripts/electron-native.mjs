#!/usr/bin/env node
/**
 * Builds better_sqlite3.node for Electron's ABI into build/native/electron/<electron version>/ and
 * mirrors it to build/native/electron/current/ (what electron-builder packs as resources/native).
 *
 * node_modules/better-sqlite3 keeps its Node-ABI build for the tests and `npm run serve`, so the work
 * happens in a temporary copy of the package. First a prebuilt binary (prebuild-install, from GitHub),
 * else a source build (node-gyp against Electron's headers; needs Python and a C++ compiler).
 *
 * Usage: node scripts/electron-native.mjs [--force] [--arch x64|arm64] [--timeout SECONDS]
 * Env:   WAREDESK_ELECTRON_HEADERS_URL  mirror for Electron headers (default https://electronjs.org/headers)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const modules = path.join(root, 'node_modules')
const sqliteDir = path.join(modules, 'better-sqlite3')
const BINARY = 'better_sqlite3.node'
const INFO = 'build-info.json'

const { values: args } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    arch: { type: 'string', default: process.env.npm_config_arch || process.arch },
    timeout: { type: 'string', default: '600' },
  },
})

const say = (zh, en) => console.log(`[electron-native] ${zh} / ${en}`)

class NativeError extends Error {
  constructor(zh, en, hint = '') {
    super(`${zh}\n  ${en}${hint ? `\n\n${hint}` : ''}`)
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function packageVersion(name) {
  const file = path.join(modules, name, 'package.json')
  if (!fs.existsSync(file)) {
    throw new NativeError(`找不到 ${name}，请先运行 npm install。`, `${name} is not installed; run npm install first.`)
  }
  return readJson(file).version
}

/** What the binary was built for; a change in any field (e.g. after upgrading better-sqlite3) rebuilds it. */
function wantedInfo() {
  return {
    electron: packageVersion('electron'),
    betterSqlite3: packageVersion('better-sqlite3'),
    platform: process.platform,
    arch: args.arch,
  }
}

function isBuilt(dir, info) {
  const infoFile = path.join(dir, INFO)
  if (!fs.existsSync(path.join(dir, BINARY)) || !fs.existsSync(infoFile)) return false
  const found = readJson(infoFile)
  return Object.entries(info).every(([key, value]) => found[key] === value)
}

function install(fromFile, dir, info) {
  fs.mkdirSync(dir, { recursive: true })
  fs.copyFileSync(fromFile, path.join(dir, BINARY))
  fs.writeFileSync(path.join(dir, INFO), JSON.stringify(info, null, 2) + '\n')
}

/** Runs a Node CLI script with the current node, in `cwd`; true when it exits 0 in time. */
function runNode(script, scriptArgs, cwd) {
  console.log(`\n> node ${path.relative(root, script)} ${scriptArgs.join(' ')}`)
  const result = spawnSync(process.execPath, [script, ...scriptArgs], {
    cwd,
    stdio: 'inherit',
    timeout: Number(args.timeout) * 1000,
    killSignal: 'SIGKILL',
  })
  if (result.error?.code === 'ETIMEDOUT') say(`超时（${args.timeout} 秒）`, `timed out after ${args.timeout} s`)
  else if (result.error) say('无法启动', `could not start: ${result.error.message}`)
  return result.status === 0
}

function tryPrebuild(work, info) {
  const bin = path.join(modules, 'prebuild-install', 'bin.js')
  if (!fs.existsSync(bin)) return false
  say('下载预编译的 Electron 版本', `downloading a prebuilt binary for Electron ${info.electron}`)
  const flags = ['--runtime', 'electron', '--target', info.electron, '--arch', info.arch, '--platform', info.platform]
  return runNode(bin, [...flags, '--verbose'], work)
}

function nodeGypScript() {
  const local = path.join(modules, 'node-gyp', 'bin', 'node-gyp.js')
  if (fs.existsSync(local)) return local
  // npm sets npm_config_node_gyp to its bundled copy when this runs from an npm script.
  const bundled = process.env.npm_config_node_gyp
  return bundled && fs.existsSync(bundled) ? bundled : null
}

function tryNodeGyp(work, info) {
  const script = nodeGypScript()
  if (!script) return false
  const distUrl = process.env.WAREDESK_ELECTRON_HEADERS_URL || 'https://electronjs.org/headers'
  say('从源码编译（需要 Python 和 C++ 编译器）', `building from source against Electron ${info.electron} headers`)
  const flags = [
    'rebuild',
    '--release',
    `--target=${info.electron}`,
    `--arch=${info.arch}`,
    `--dist-url=${distUrl}`,
    // Electron's headers get their own cache, so Node's cached headers are never mixed up with them.
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
  ]
  return runNode(script, flags, work)
}

/** Builds in a temporary copy of the package and installs the result into `dir`. */
function buildInto(dir, info) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'waredesk-native-'))
  try {
    // Copy the package without its Node-ABI build, so a leftover binary can never be mistaken for ours.
    const skip = [path.join(sqliteDir, 'build'), path.join(sqliteDir, 'node_modules')]
    const keep = (src) => !skip.some((s) => src === s || src.startsWith(s + path.sep))
    fs.cpSync(sqliteDir, work, { recursive: true, filter: keep })
    const built = path.join(work, 'build', 'Release', BINARY)
    const ok = (tryPrebuild(work, info) && fs.existsSync(built)) || (tryNodeGyp(work, info) && fs.existsSync(built))
    if (!ok) {
      throw new NativeError(
        `无法为 Electron ${info.electron} 准备 better-sqlite3（${info.platform}-${info.arch}）。`,
        `Could not get better-sqlite3 for Electron ${info.electron} (${info.platform}-${info.arch}).`,
        [
          '可能的原因 / Likely causes:',
          '  - 无法访问 github.com（预编译文件）和 electronjs.org（头文件）/ no access to github.com or electronjs.org;',
          '    可设置代理 HTTPS_PROXY，或用 WAREDESK_ELECTRON_HEADERS_URL 指定头文件镜像 / set HTTPS_PROXY or a headers mirror',
          '  - 从源码编译需要 Python 3 和 C++ 编译器（Windows: Visual Studio Build Tools）/ a source build needs Python 3 and a C++ toolchain',
          '之后重新运行 / then run again: node scripts/electron-native.mjs',
        ].join('\n'),
      )
    }
    install(built, dir, info)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function main() {
  const info = wantedInfo()
  const versionDir = path.join(root, 'build', 'native', 'electron', info.electron)
  const currentDir = path.join(root, 'build', 'native', 'electron', 'current')
  if (!args.force && isBuilt(versionDir, info)) {
    say('已就绪，跳过编译', `already built for Electron ${info.electron}, nothing to do`)
  } else {
    say(
      '开始准备 Electron 版本的 better-sqlite3',
      `preparing better-sqlite3 ${info.betterSqlite3} for Electron ${info.electron} (${info.platform}-${info.arch})`,
    )
    buildInto(versionDir, info)
  }
  // current/ is what electron-builder packs; keep it equal to the version folder.
  if (!isBuilt(currentDir, info)) install(path.join(versionDir, BINARY), currentDir, info)
  say('完成', `done: ${path.relative(root, path.join(versionDir, BINARY))}`)
}

try {
  main()
} catch (error) {
  console.error(`\n[electron-native] ✖ ${error instanceof NativeError ? error.message : (error.stack ?? error)}`)
  process.exitCode = 1
}
