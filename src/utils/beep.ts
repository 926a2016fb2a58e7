/**
 * A short tone for scan feedback: the storekeeper is looking at the goods, not the screen.
 * Silently does nothing where Web Audio is unavailable (tests, locked-down browsers).
 */
let context: AudioContext | null = null

/**
 * Creating the audio context can block the page for half a second on a slow PC; done on the first
 * scan, it would split the keystrokes of the scan that follows. So the app creates it once at start-up
 * (suspended until a key or click allows sound; beep resumes it).
 */
export function warmUpBeep(): void {
  try {
    if (typeof AudioContext !== 'undefined') context ??= new AudioContext()
  } catch {
    // No audio: beep stays silent.
  }
}

export function beep(kind: 'ok' | 'error'): void {
  try {
    if (typeof AudioContext === 'undefined') return
    context ??= new AudioContext()
    if (context.state === 'suspended') void context.resume()
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
