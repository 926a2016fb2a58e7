import type { Db } from '../db/open'

export interface Unit {
  name: string
  decimals: number
}

export const listUnits = (db: Db): Unit[] =>
  db.prepare('SELECT name, decimals FROM units ORDER BY decimals, name').all() as Unit[]

/** The decimals a unit allows, or undefined for an unknown unit. */
export function unitDecimals(db: Db, name: string): number | undefined {
  const row = db.prepare('SELECT decimals FROM units WHERE name = ?').get(name) as { decimals: number } | undefined
  return row?.decimals
}

export function upsertUnit(db: Db, unit: Unit): void {
  db.prepare(
    'INSERT INTO units (name, decimals) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET decimals = excluded.decimals',
  ).run(unit.name, unit.decimals)
}
