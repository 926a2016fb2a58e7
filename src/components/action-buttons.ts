import type { IconName } from './icons'

/**
 * One button of a document's title bar. It shows when the core lists its action for the user (see
 * `actions` on every document); `whileBusy` says what it does while a call runs: show a spinner, be
 * disabled, or stay usable (print).
 */
export interface ActionButton<A extends string> {
  action: A
  label: string
  testid: string
  primary?: boolean
  icon?: IconName
  whileBusy: 'loading' | 'disabled' | 'enabled'
}
