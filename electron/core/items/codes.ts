import { inStoreEan13 } from '../../shared/barcode'
import type { Db } from '../db/open'
import { getSetting, setSetting } from '../system/settings'

/**
 * The next item code by the configured rule: prefix + a running number of fixed width
 * (WZ + 5 digits → WZ00001). Skips numbers that were typed by hand.
 */
export function nextItemCode(db: Db): string {
  const prefix = getSetting(db, 'itemCode.prefix')
  const digits = Number(getSetting(db, 'itemCode.digits'))
  const pattern = prefix.replace(/[[\]*?]/g, '') + '[0-9]'.repeat(digits)
  const last = db.prepare('SELECT max(code) AS code FROM items WHERE code GLOB ?').get(pattern) as {
    code: string | null
  }
  const next = last.code ? Number(last.code.slice(prefix.length)) + 1 : 1
  return prefix + String(next).padStart(digits, '0')
}

/** A new in-store EAN-13 (prefix 20) that no item uses yet. */
export function nextInStoreBarcode(db: Db): string {
  const used = db.prepare('SELECT 1 FROM item_barcodes WHERE barcode = ?')
  let serial = Number(getSetting(db, 'barcode.nextSerial'))
  let code = inStoreEan13(20, serial)
  while (used.get(code)) code = inStoreEan13(20, ++serial)
  setSetting(db, 'barcode.nextSerial', String(serial + 1))
  return code
}
