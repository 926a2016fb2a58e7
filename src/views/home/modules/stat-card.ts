export interface StatCard {
  key: string
  label: string
  value: number | null
  /** Where a click on the card goes. */
  to: string
  /** The card's test id, when not stat-<key>. */
  testId?: string
}
