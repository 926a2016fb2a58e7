/**
 * Decodes a key press from its physical key (`KeyboardEvent.code`) and Shift, as a US-layout keyboard
 * wedge scanner sends it. `event.key` is not used on purpose: with a Chinese input method switched on,
 * the browser reports `key: 'Process'` (keyCode 229) for every key, while `code` stays exact.
 */
const PLAIN_AND_SHIFTED: Record<string, readonly [string, string]> = {
  Digit1: ['1', '!'],
  Digit2: ['2', '@'],
  Digit3: ['3', '#'],
  Digit4: ['4', '$'],
  Digit5: ['5', '%'],
  Digit6: ['6', '^'],
  Digit7: ['7', '&'],
  Digit8: ['8', '*'],
  Digit9: ['9', '('],
  Digit0: ['0', ')'],
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Backquote: ['`', '~'],
  Space: [' ', ' '],
}

const NUMPAD: Record<string, string> = {
  NumpadDecimal: '.',
  NumpadAdd: '+',
  NumpadSubtract: '-',
  NumpadMultiply: '*',
  NumpadDivide: '/',
}

/** Keys that end a scanner burst (scanners are configured with an Enter or Tab suffix). */
export const TERMINATOR_CODES: ReadonlySet<string> = new Set(['Enter', 'NumpadEnter', 'Tab'])

/** Keys that never take part in a burst nor interrupt one: scanners press Shift for capitals. */
export const MODIFIER_CODES: ReadonlySet<string> = new Set([
  'ShiftLeft',
  'ShiftRight',
  'ControlLeft',
  'ControlRight',
  'AltLeft',
  'AltRight',
  'MetaLeft',
  'MetaRight',
  'CapsLock',
  'NumLock',
])

export interface KeyLike {
  code: string
  shiftKey: boolean
}

/** The character a key press types, or null when it types none (arrows, F-keys, Backspace…). */
export function decodeKey({ code, shiftKey }: KeyLike): string | null {
  if (/^Key[A-Z]$/.test(code)) {
    const letter = code.slice(3)
    // CapsLock is ignored on purpose: a scanner sends Shift for capitals, so code + Shift is what it meant.
    return shiftKey ? letter : letter.toLowerCase()
  }
  if (/^Numpad[0-9]$/.test(code)) return code.slice(6)
  const pair = PLAIN_AND_SHIFTED[code]
  if (pair) return shiftKey ? pair[1] : pair[0]
  return NUMPAD[code] ?? null
}
