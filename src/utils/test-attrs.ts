import type { InputHTMLAttributes } from 'vue'

/**
 * Attributes for the native <input> inside a Naive UI input (its `input-props`), so end-to-end tests
 * can fill the real input by test id. Vue's attribute types do not list data-* keys.
 */
export function testInput(testId: string, extra: InputHTMLAttributes = {}): InputHTMLAttributes {
  const attrs: InputHTMLAttributes & { 'data-testid': string } = { ...extra, 'data-testid': testId }
  return attrs
}
