/**
 * 大写金额: an amount in 分 written in Chinese financial capitals, as on a 入库单 or 发票.
 * 1234.56 元 → 壹仟贰佰叁拾肆元伍角陆分; 100 元 → 壹佰元整; 0.05 元 → 伍分.
 * Zeros follow the banking rules: one 零 for a run of zeros inside a section, none at a section's end,
 * and 零 before a section that does not fill its four places (壹万零伍拾元整).
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const PLACES = ['', '拾', '佰', '仟']
const SECTIONS = ['', '万', '亿', '万亿']

function sectionText(section: number): string {
  let text = ''
  let pendingZero = false
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(section / 10 ** place) % 10
    if (digit === 0) {
      if (text) pendingZero = true
      continue
    }
    if (pendingZero) text += '零'
    pendingZero = false
    text += DIGITS[digit] + PLACES[place]
  }
  return text
}

function yuanText(yuan: bigint): string {
  if (yuan === 0n) return ''
  const sections: number[] = []
  for (let rest = yuan; rest > 0n; rest /= 10000n) sections.push(Number(rest % 10000n))
  if (sections.length > SECTIONS.length) throw new RangeError('amount too large')
  let text = ''
  let zeroBefore = false
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i]
    if (section === 0) {
      zeroBefore = text !== ''
      continue
    }
    if (text && (zeroBefore || section < 1000)) text += '零'
    zeroBefore = false
    text += sectionText(section) + SECTIONS[i]
  }
  return text
}

export function amountInCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('amount must be an integer number of 分')
  const negative = fen < 0
  const abs = BigInt(Math.abs(fen))
  const yuan = abs / 100n
  const jiao = Number((abs / 10n) % 10n)
  const cents = Number(abs % 10n)
  let text = yuanText(yuan)
  if (text) text += '元'
  if (jiao === 0 && cents === 0) {
    text = text ? text + '整' : '零元整'
  } else {
    if (jiao > 0) text += DIGITS[jiao] + '角'
    else if (text) text += '零'
    if (cents > 0) text += DIGITS[cents] + '分'
    else text += '整'
  }
  return (negative ? '负' : '') + text
}
