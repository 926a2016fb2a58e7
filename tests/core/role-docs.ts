/**
 * The documented role matrix, read from the documentation itself: the README's Roles table (which
 * role holds which permission) and docs/permissions.md (what each API method needs).
 */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

/** The rows of the first Markdown table after a heading, as trimmed cells (separator row dropped). */
function tableAfter(markdown: string, heading: string): string[][] {
  const text = `\n${markdown}`
  const start = text.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`no heading "${heading}"`)
  const lines = text.slice(start + 1).split('\n')
  const first = lines.findIndex((line) => line.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break
    if (/^\|[\s|:-]+\|$/.test(line)) continue
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )
  }
  return rows
}

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1])

export interface RoleTable {
  /** The role columns, in order (the first word of each header: `admin 管理员` → admin). */
  roles: string[]
  /** Each row's permissions and the roles marked ✓. */
  rows: { what: string; permissions: string[]; granted: string[] }[]
}

/** README.md, section Roles: | what | permission | <role> … |. */
export function readRoleTable(): RoleTable {
  const [header, ...body] = tableAfter(read('README.md'), '## Roles')
  const roles = header.slice(2).map((cell) => cell.split(/\s+/)[0])
  return {
    roles,
    rows: body.map((cells) => ({
      what: cells[0],
      permissions: backticked(cells[1]),
      granted: roles.filter((_, i) => cells[i + 2] === '✓'),
    })),
  }
}

/** What a method needs: no session, any session, or every one of some permissions. */
export type Needs = { kind: 'public' } | { kind: 'session' } | { kind: 'permissions'; permissions: string[] }

/** docs/permissions.md: | needs | methods |, one row per requirement. Throws on a method listed twice. */
export function readMethodTable(): Map<string, Needs> {
  const [, ...body] = tableAfter(read('docs/permissions.md'), '# Who may call what')
  const table = new Map<string, Needs>()
  for (const [needsCell, methodsCell] of body) {
    const needs: Needs = needsCell.includes('public')
      ? { kind: 'public' }
      : needsCell.includes('session')
        ? { kind: 'session' }
        : { kind: 'permissions', permissions: backticked(needsCell) }
    for (const method of backticked(methodsCell)) {
      if (table.has(method)) throw new Error(`docs/permissions.md lists ${method} twice`)
      table.set(method, needs)
    }
  }
  return table
}
