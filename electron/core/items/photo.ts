import type { ItemPhoto } from '../../shared/contract'
import { badInput } from '../../shared/errors'
import type { Db } from '../db/open'

/** The image type from the file's first bytes; the name or a claimed type is not trusted. */
export function photoMime(data: Buffer): ItemPhoto['mime'] {
  if (data.length > 1024 * 1024) throw badInput('照片不能超过 1 MB', 'The photo must be at most 1 MB')
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp'
  throw badInput('照片只能是 JPG、PNG 或 WebP 图片', 'The photo must be a JPEG, PNG or WebP image')
}

export function getPhoto(db: Db, itemId: number): ItemPhoto | null {
  const row = db.prepare('SELECT mime, data FROM item_photos WHERE item_id = ?').get(itemId) as
    { mime: ItemPhoto['mime']; data: Buffer } | undefined
  return row ? { mime: row.mime, base64: row.data.toString('base64') } : null
}

export function setPhoto(db: Db, itemId: number, data: Buffer | null): void {
  if (data === null) {
    db.prepare('DELETE FROM item_photos WHERE item_id = ?').run(itemId)
    return
  }
  db.prepare(
    `INSERT INTO item_photos (item_id, mime, data) VALUES (?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET mime = excluded.mime, data = excluded.data`,
  ).run(itemId, photoMime(data), data)
}
