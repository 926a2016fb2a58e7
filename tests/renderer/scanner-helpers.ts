import { decodeKey } from '@/composables/scanner-keys'

/** A clock the tests move by hand, so no test sleeps. */
export function manualClock(start = 1000) {
  let time = start
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms
    },
  }
}

export interface KeySpec {
  code: string
  shiftKey?: boolean
  /** Send the key the way a Chinese input method reports it: key 'Process', keyCode 229, composing. */
  ime?: boolean
}

/** The physical key a US keyboard uses for a character, and whether Shift is held. */
export function keyFor(char: string): KeySpec {
  if (/^[a-z]$/.test(char)) return { code: 'Key' + char.toUpperCase() }
  if (/^[A-Z]$/.test(char)) return { code: 'Key' + char, shiftKey: true }
  if (/^[0-9]$/.test(char)) return { code: 'Digit' + char }
  const named: Record<string, KeySpec> = {
    '-': { code: 'Minus' },
    '.': { code: 'Period' },
    '/': { code: 'Slash' },
    ' ': { code: 'Space' },
    _: { code: 'Minus', shiftKey: true },
  }
  const spec = named[char]
  if (!spec) throw new Error(`no key for ${char}`)
  return spec
}

/**
 * Dispatches a keydown like a browser would, at the focused element (or the body), and then performs
 * the browser's default action for a character key: unless prevented, the character lands in the
 * focused input (happy-dom does not type by itself).
 */
export function press(spec: KeySpec): KeyboardEvent {
  const target = document.activeElement ?? document.body
  const decoded = decodeKey({ code: spec.code, shiftKey: spec.shiftKey ?? false })
  const key = spec.ime
    ? 'Process'
    : spec.code === 'Enter' || spec.code === 'NumpadEnter'
      ? 'Enter'
      : (decoded ?? spec.code)
  const event = new KeyboardEvent('keydown', {
    code: spec.code,
    key,
    shiftKey: spec.shiftKey ?? false,
    isComposing: spec.ime ?? false,
    bubbles: true,
    cancelable: true,
  })
  if (spec.ime) Object.defineProperty(event, 'keyCode', { value: 229 })
  target.dispatchEvent(event)
  if (!event.defaultPrevented && decoded !== null && !spec.ime && target instanceof HTMLInputElement) {
    target.value += decoded
  }
  return event
}

/** Types `text` then Enter, `gapMs` apart; returns the Enter event. */
export function typeWithGaps(
  text: string,
  gapMs: number,
  advance: (ms: number) => void,
  options: { ime?: boolean } = {},
) {
  const keys: KeyboardEvent[] = []
  for (const [index, char] of [...text].entries()) {
    if (index > 0) advance(gapMs)
    keys.push(press({ ...keyFor(char), ime: options.ime }))
  }
  advance(gapMs)
  const enter = press({ code: 'Enter' })
  return { keys, enter }
}
