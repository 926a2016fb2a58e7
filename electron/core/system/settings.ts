import { DOC_TYPES, type Settings } from '../../shared/contract'
import type { Db } from '../db/open'

const DEFAULTS = {
  orgName: '',
  'docPrefix.RK': 'RK',
  'docPrefix.CK': 'CK',
  'docPrefix.DB': 'DB',
  'docPrefix.PD': 'PD',
  'docPrefix.CG': 'CG',
  'docPrefix.SQ': 'SQ',
  /** Purchasing (PurchaseSettings): approval thresholds in 分, over-receipt tolerance in %. */
  'purchase.approvalThresholdFen': '0',
  'purchase.secondApprovalThresholdFen': '',
  'purchase.overReceiptTolerancePct': '0',
  'itemCode.prefix': 'WZ',
  'itemCode.digits': '5',
  'barcode.nextSerial': '1',
  /** 期末结账: the last closed business date, '' while nothing is closed. */
  'period.closedThrough': '',
} as const
export type SettingKey = keyof typeof DEFAULTS

export function getSetting(db: Db, key: SettingKey): string {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value ?? DEFAULTS[key]
}

export function setSetting(db: Db, key: SettingKey, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value)
}

export function getSettings(db: Db): Settings {
  const docPrefixes = Object.fromEntries(DOC_TYPES.map((type) => [type, getSetting(db, `docPrefix.${type}`)]))
  return { orgName: getSetting(db, 'orgName'), docPrefixes: docPrefixes as Settings['docPrefixes'] }
}
