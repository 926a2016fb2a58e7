import { pinyin } from 'pinyin-pro'

/**
 * 拼音首字母 of a name, lower case, letters and digits only: 「A4复印纸」 → "a4fyz", 「办公纸」 → "bgz".
 * pinyin-pro picks the reading of polyphones from context (银行 → yh, 重庆 → cq).
 */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}
