import type { Input, PurchaseSettings } from '@shared/contract'
import { formatFen, parseFen } from '@shared/money'

/** The 采购设置 form as typed: amounts in 元, the tolerance in whole percent. */
export interface PurchaseSettingsText {
  threshold: string
  /** Empty: no second approver is ever needed. */
  second: string
  tolerance: string
}

export type PurchaseSettingsProblem = 'invalidAmount' | 'invalidPct' | 'secondBelow'

const yuan = (fen: number): string => formatFen(fen).replace(/,/g, '')

export function settingsText(settings: PurchaseSettings): PurchaseSettingsText {
  return {
    threshold: yuan(settings.approvalThresholdFen),
    second: settings.secondApprovalThresholdFen === null ? '' : yuan(settings.secondApprovalThresholdFen),
    tolerance: String(settings.overReceiptTolerancePct),
  }
}

const amount = (text: string): number | null => {
  const fen = parseFen(text)
  return fen !== null && fen >= 0 ? fen : null
}

/** What is wrong with each field, if anything. */
export function purchaseSettingsProblems(
  form: PurchaseSettingsText,
): Partial<Record<keyof PurchaseSettingsText, PurchaseSettingsProblem>> {
  const problems: Partial<Record<keyof PurchaseSettingsText, PurchaseSettingsProblem>> = {}
  const threshold = amount(form.threshold)
  if (threshold === null) problems.threshold = 'invalidAmount'
  if (form.second.trim() !== '') {
    const second = amount(form.second)
    if (second === null) problems.second = 'invalidAmount'
    else if (threshold !== null && second < threshold) problems.second = 'secondBelow'
  }
  if (!/^\s*\d{1,3}\s*$/.test(form.tolerance) || Number(form.tolerance) > 100) problems.tolerance = 'invalidPct'
  return problems
}

/** The form as purchase.updateSettings takes it, or null while a field is wrong. */
export function purchaseSettingsInput(form: PurchaseSettingsText): Input<'purchase.updateSettings'> | null {
  if (Object.keys(purchaseSettingsProblems(form)).length > 0) return null
  return {
    approvalThresholdFen: amount(form.threshold) ?? 0,
    secondApprovalThresholdFen: form.second.trim() === '' ? null : amount(form.second),
    overReceiptTolerancePct: Number(form.tolerance.trim()),
  }
}
