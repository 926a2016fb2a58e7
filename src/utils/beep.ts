/**
 * A short tone for scan feedback: the storekeeper is looking at the goods, not the screen.
 * Silently does nothing where Web Audio is unavailable (tests, locked-down browsers).
 */
let context: AudioContext | null = null

export function beep(kind: 'ok' | 'error'): void {
  try {
    if (typeof AudioContext === 'undefined') return
    context ??= new AudioContext()
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'square'
    oscillator.frequency.value = kind === 'ok' ? 1760 : 220
    gain.gain.value = 0.04
    oscillator.connect(gain).connect(context.destination)
    const start = context.currentTime
    oscillator.start(start)
    oscillator.stop(start + (kind === 'ok' ? 0.06 : 0.25))
  } catch {
    // Audio is a nicety; never let it break a scan.
  }
}
