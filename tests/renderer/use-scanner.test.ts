import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { decodeKey } from '@/composables/scanner-keys'
import { startScanner, useScanTarget, type Scanner } from '@/composables/use-scanner'
import { manualClock, press, typeWithGaps } from './scanner-helpers'

let scanner: Scanner | null = null
let clock = manualClock()
let scans: string[] = []

function listen(options: { gapMs?: number; minLength?: number } = {}) {
  scanner = startScanner({ ...options, now: clock.now, onScan: (code) => scans.push(code) })
}

beforeEach(() => {
  clock = manualClock()
  scans = []
  document.body.innerHTML = ''
})

afterEach(() => {
  scanner?.stop()
  scanner = null
})

describe('decodeKey', () => {
  it('reads digits, numpad, letters with Shift, and punctuation from the physical key', () => {
    expect(decodeKey({ code: 'Digit7', shiftKey: false })).toBe('7')
    expect(decodeKey({ code: 'Numpad4', shiftKey: false })).toBe('4')
    expect(decodeKey({ code: 'KeyQ', shiftKey: false })).toBe('q')
    expect(decodeKey({ code: 'KeyQ', shiftKey: true })).toBe('Q')
    expect(decodeKey({ code: 'Minus', shiftKey: false })).toBe('-')
    expect(decodeKey({ code: 'Slash', shiftKey: false })).toBe('/')
    expect(decodeKey({ code: 'Period', shiftKey: false })).toBe('.')
    expect(decodeKey({ code: 'Equal', shiftKey: true })).toBe('+')
    expect(decodeKey({ code: 'ArrowLeft', shiftKey: false })).toBeNull()
  })
})

describe('startScanner', () => {
  it('takes a 5 ms burst ended by Enter as a scan and swallows the Enter', () => {
    listen()
    const { enter } = typeWithGaps('6901234567892', 5, clock.advance)
    expect(scans).toEqual(['6901234567892'])
    expect(enter.defaultPrevented).toBe(true)
  })

  it('accepts NumpadEnter as the end of a scan', () => {
    listen()
    for (const char of '12345') {
      press({ code: 'Digit' + char })
      clock.advance(4)
    }
    press({ code: 'NumpadEnter' })
    expect(scans).toEqual(['12345'])
  })

  it('keeps a scan whole when a busy PC delays one key past the gap', () => {
    listen()
    for (const [index, char] of [...'6901234567892'].entries()) {
      if (index > 0) clock.advance(index === 4 ? 50 : 8)
      press({ code: 'Digit' + char })
    }
    clock.advance(8)
    press({ code: 'Enter' })
    expect(scans).toEqual(['6901234567892'])
  })

  it('does not take steady typing at 50 ms a key as a scan', () => {
    listen()
    typeWithGaps('12345678', 50, clock.advance)
    expect(scans).toEqual([])
  })

  it('does not take typing at 80 ms a key as a scan, and leaves its Enter alone', () => {
    listen()
    const { keys, enter } = typeWithGaps('12345678', 80, clock.advance)
    expect(scans).toEqual([])
    expect(enter.defaultPrevented).toBe(false)
    expect(keys.every((key) => !key.defaultPrevented)).toBe(true)
  })

  it('decodes from the key code while a Chinese input method reports Process / 229', () => {
    listen()
    const { keys } = typeWithGaps('ab12cd', 3, clock.advance, { ime: true })
    expect(keys[0].key).toBe('Process')
    expect(keys[0].keyCode).toBe(229)
    expect(keys[0].isComposing).toBe(true)
    expect(scans).toEqual(['ab12cd'])
  })

  it('decodes Shift + letter as a capital and plain letters as small', () => {
    listen()
    typeWithGaps('AbC-9z', 5, clock.advance)
    expect(scans).toEqual(['AbC-9z'])
  })

  it('ignores the Shift key presses themselves, which scanners send for capitals', () => {
    listen()
    for (const char of 'AB12') {
      press({ code: 'ShiftLeft', shiftKey: true })
      clock.advance(2)
      press({ code: char >= 'A' ? 'Key' + char : 'Digit' + char, shiftKey: char >= 'A' })
      clock.advance(2)
    }
    press({ code: 'Enter' })
    expect(scans).toEqual(['AB12'])
  })

  it('respects minLength', () => {
    listen({ minLength: 4 })
    typeWithGaps('123', 5, clock.advance)
    expect(scans).toEqual([])
    clock.advance(500)
    typeWithGaps('1234', 5, clock.advance)
    expect(scans).toEqual(['1234'])
  })

  it('respects a custom gap', () => {
    listen({ gapMs: 10 })
    typeWithGaps('123456', 20, clock.advance)
    expect(scans).toEqual([])
    clock.advance(500)
    typeWithGaps('123456', 8, clock.advance)
    expect(scans).toEqual(['123456'])
  })

  it('takes only the fast run after slow typing as the scan', () => {
    listen()
    typeWithGaps('ab', 200, clock.advance)
    clock.advance(300)
    typeWithGaps('99887766', 4, clock.advance)
    expect(scans).toEqual(['99887766'])
  })

  it('keeps a burst out of the focused input and puts the input back as it was', () => {
    listen()
    const input = document.createElement('input')
    document.body.append(input)
    input.value = '备注'
    input.focus()
    const seen: string[] = []
    input.addEventListener('input', () => seen.push(input.value))
    const enterSeenByInput = vi.fn()
    input.addEventListener('keydown', (event) => event.key === 'Enter' && enterSeenByInput())

    const { keys } = typeWithGaps('6901234567892', 5, clock.advance)

    expect(keys[0].defaultPrevented).toBe(false) // the first key cannot be known to be a scan yet
    expect(keys.slice(1).every((key) => key.defaultPrevented)).toBe(true)
    expect(input.value).toBe('备注')
    expect(seen).toEqual(['备注']) // an input event, so v-model follows the restored value
    expect(enterSeenByInput).not.toHaveBeenCalled()
    expect(scans).toEqual(['6901234567892'])
  })

  it('types held-back keys back into the input when a fast pair turns out to be typing', () => {
    listen()
    const input = document.createElement('input')
    document.body.append(input)
    input.focus()
    press({ code: 'KeyT' })
    clock.advance(20) // a quick typist's rollover
    const second = press({ code: 'KeyH' })
    expect(second.defaultPrevented).toBe(true)
    clock.advance(150)
    press({ code: 'KeyE' })
    expect(input.value).toBe('the')
    expect(scans).toEqual([])
  })

  it('gives up a burst without Enter after the idle time and types its keys back', () => {
    vi.useFakeTimers()
    try {
      listen()
      const input = document.createElement('input')
      document.body.append(input)
      input.focus()
      press({ code: 'Digit1' })
      clock.advance(5)
      press({ code: 'Digit2' })
      clock.advance(5)
      press({ code: 'Digit3' })
      expect(input.value).toBe('1')
      vi.advanceTimersByTime(200)
      expect(input.value).toBe('123')
      expect(scans).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not take a held-down key (auto-repeat) for a scanner', () => {
    listen()
    for (let i = 0; i < 6; i++) {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { code: 'KeyA', key: 'a', repeat: i > 0, bubbles: true, cancelable: true }),
      )
      clock.advance(30)
    }
    press({ code: 'Enter' })
    expect(scans).toEqual([])
  })

  it('stops listening when stopped', () => {
    listen()
    scanner?.stop()
    typeWithGaps('12345678', 5, clock.advance)
    expect(scans).toEqual([])
  })
})

describe('useScanTarget', () => {
  const target = (name: string, received: string[]) =>
    defineComponent({
      setup() {
        useScanTarget((code) => received.push(`${name}:${code}`), { now: clock.now })
        return () => h('div', name)
      },
    })

  it('sends scans to the most recently mounted target, and back to the previous one when it unmounts', () => {
    const received: string[] = []
    const list = mount(target('list', received), { attachTo: document.body })
    const dialog = mount(target('dialog', received), { attachTo: document.body })
    typeWithGaps('11112222', 3, clock.advance)
    dialog.unmount()
    clock.advance(500)
    typeWithGaps('33334444', 3, clock.advance)
    list.unmount()
    clock.advance(500)
    typeWithGaps('55556666', 3, clock.advance)
    expect(received).toEqual(['dialog:11112222', 'list:33334444'])
  })
})
