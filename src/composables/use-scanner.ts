import { onBeforeUnmount, onMounted } from 'vue'
import { focusedTextField, restoreField, snapshotField, typeIntoField, type FieldSnapshot } from './scanner-field'
import { decodeKey, MODIFIER_CODES, TERMINATOR_CODES } from './scanner-keys'

/**
 * Tells a barcode scanner (a keyboard wedge: it "types" the code very fast and presses Enter) from a
 * person typing, by the time between key presses.
 *
 * - A burst is a run of character keys each at most 2 × `gapMs` after the one before, and it is a
 *   scan only if the keys came on average at most `gapMs` apart: a scanner is steady, but a busy PC
 *   can delay one key past `gapMs`, and that alone must not break a scan in two.
 * - Enter (or Tab) ends it: with at least `minLength` characters it is a scan — `onScan(code)` is
 *   called and the Enter is swallowed, so the focused form does not also act on it.
 * - From the second fast key on, the keys are held back (preventDefault) so they do not land in
 *   whatever input has focus; when the scan completes the input is restored to its value before the
 *   burst. If the run turns out not to be a scan (too short, interrupted, or no Enter within
 *   `idleMs`), the held-back characters are typed into the input after all.
 * - Characters are decoded from `KeyboardEvent.code`, never `key`, so an active Chinese input method
 *   (key 'Process', keyCode 229) cannot garble a scan.
 */
export interface ScanInfo {
  /** Milliseconds from the first to the last character. */
  durationMs: number
  /** The longest gap between two characters of the burst. */
  maxGapMs: number
}

export interface ScannerOptions {
  /** Longest average gap between the keys of a scan, in ms. Scanners send a key every 1–10 ms; people need 80+. */
  gapMs?: number
  /** Shortest code that counts as a scan. */
  minLength?: number
  /** How long after its last key a burst without Enter is given up (and its keys typed back). */
  idleMs?: number
  onScan: (code: string, info: ScanInfo) => void
  /** Clock in ms; tests drive it instead of sleeping. */
  now?: () => number
  /** Where to listen; the window by default. */
  target?: Window
}

export interface Scanner {
  stop(): void
}

interface Burst {
  chars: string[]
  startedAt: number
  lastAt: number
  maxGap: number
  /** Characters whose keydown we prevented, to type back if this is not a scan. */
  heldBack: string
  snapshot: FieldSnapshot | null
  /** Some key came through an input method (it may hold an open composition). */
  composing: boolean
}

function viaInputMethod(event: KeyboardEvent): boolean {
  return event.isComposing || event.key === 'Process' || event.keyCode === 229
}

function swallow(event: KeyboardEvent): void {
  event.preventDefault()
  event.stopImmediatePropagation()
}

export function startScanner(options: ScannerOptions): Scanner {
  const gapMs = options.gapMs ?? 35
  const minLength = options.minLength ?? 4
  const idleMs = options.idleMs ?? Math.max(100, gapMs * 3)
  const now = options.now ?? (() => performance.now())
  const target = options.target ?? window
  let burst: Burst | null = null
  let idleTimer: ReturnType<typeof setTimeout> | null = null

  function clearIdle(): void {
    if (idleTimer !== null) clearTimeout(idleTimer)
    idleTimer = null
  }

  /** Ends the current burst as "not a scan": whatever was held back goes into the field after all. */
  function abandon(): void {
    clearIdle()
    const ended = burst
    burst = null
    if (ended?.snapshot && ended.heldBack && !ended.composing) typeIntoField(ended.snapshot.field, ended.heldBack)
  }

  function armIdle(): void {
    clearIdle()
    idleTimer = setTimeout(abandon, idleMs)
  }

  function onTerminator(event: KeyboardEvent, at: number): void {
    const ended = burst
    const averageGap =
      ended && ended.chars.length > 1 ? (ended.lastAt - ended.startedAt) / (ended.chars.length - 1) : Infinity
    if (!ended || ended.chars.length < minLength || averageGap > gapMs || at - ended.lastAt > idleMs) {
      abandon() // typed text: let the Enter or Tab do what it normally does, after the held-back keys
      return
    }
    clearIdle()
    burst = null
    swallow(event)
    if (ended.snapshot) restoreField(ended.snapshot, ended.composing)
    options.onScan(ended.chars.join(''), { durationMs: ended.lastAt - ended.startedAt, maxGapMs: ended.maxGap })
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (MODIFIER_CODES.has(event.code)) return
    const at = now()
    if (TERMINATOR_CODES.has(event.code)) return onTerminator(event, at)
    const char = event.ctrlKey || event.altKey || event.metaKey || event.repeat ? null : decodeKey(event)
    if (char === null) return abandon() // Backspace, arrows, shortcuts, held keys: not a scanner

    if (burst && at - burst.lastAt <= 2 * gapMs) {
      // Second or later fast key: most likely a scanner, keep it out of the focused field.
      swallow(event)
      burst.maxGap = Math.max(burst.maxGap, at - burst.lastAt)
      burst.lastAt = at
      burst.chars.push(char)
      burst.heldBack += char
      burst.composing ||= viaInputMethod(event)
      armIdle()
      return
    }
    // A slow key: whatever ran before is over, and this key may start a new burst.
    abandon()
    burst = {
      chars: [char],
      startedAt: at,
      lastAt: at,
      maxGap: 0,
      heldBack: '',
      snapshot: snapshotField(focusedTextField(target.document)),
      composing: viaInputMethod(event),
    }
    armIdle()
  }

  // Capture phase: we see the key before any input or shortcut handler does.
  target.addEventListener('keydown', onKeyDown, { capture: true })
  return {
    stop() {
      target.removeEventListener('keydown', onKeyDown, { capture: true })
      clearIdle()
      burst = null
    },
  }
}

export type ScanHandler = (code: string, info: ScanInfo) => void

// Screens that want scans, most recently mounted last; one shared scanner runs while any is registered.
const targets: ScanHandler[] = []
let shared: Scanner | null = null

/**
 * Registers a handler as the receiver of scans; returns the function that unregisters it.
 * The shared scanner starts with the options of the first registration (the app uses the defaults).
 */
export function registerScanTarget(handler: ScanHandler, options: Omit<ScannerOptions, 'onScan'> = {}): () => void {
  targets.push(handler)
  shared ??= startScanner({ ...options, onScan: (code, info) => targets.at(-1)?.(code, info) })
  return () => {
    const index = targets.lastIndexOf(handler)
    if (index >= 0) targets.splice(index, 1)
    if (targets.length === 0) {
      shared?.stop()
      shared = null
    }
  }
}

/**
 * Makes the calling screen the current scan target while it is mounted: scans reach `handler`
 * wherever the focus is. The most recently mounted target gets the scans.
 */
export function useScanTarget(handler: ScanHandler, options: Omit<ScannerOptions, 'onScan'> = {}): void {
  let unregister: (() => void) | null = null
  onMounted(() => (unregister = registerScanTarget(handler, options)))
  onBeforeUnmount(() => unregister?.())
}
