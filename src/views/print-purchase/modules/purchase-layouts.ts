/**
 * The header fields and signature lines of the printed 采购订单 and 采购申请单, in the shape of the
 * shared sheet frame (print-document/modules/sheet-frame.vue).
 */
import type { PurchaseOrder, Requisition, Supplier } from '@shared/contract'
import { formatDateTime } from '@/utils/date'
import type { SheetField, SheetSignature } from '@/views/print-document/modules/sheet-layouts'

type Translate = (key: string, params?: Record<string, unknown>) => string

const field = (label: string, value: string | null | undefined, extra: Partial<SheetField> = {}): SheetField[] =>
  value ? [{ label, value, ...extra }] : []

const dateOf = (iso: string | null): string => formatDateTime(iso).slice(0, 10)

/** The supplier's first contact is the one the order goes to. */
export function supplierContact(supplier: Supplier | null): { name: string; phone: string } {
  const contact = supplier?.contacts.find((candidate) => candidate.name || candidate.phone)
  return { name: contact?.name ?? '', phone: contact?.phone ?? '' }
}

/** 采购订单: who it goes to and where the goods are delivered. */
export function orderFields(order: PurchaseOrder, supplier: Supplier | null, t: Translate): SheetField[] {
  const f = (key: string) => t(`purchasePrint.fields.${key}`)
  const contact = supplierContact(supplier)
  return [
    { label: f('poNo'), value: order.poNo, testId: 'print-doc-no' },
    { label: f('orderDate'), value: dateOf(order.createdAt) },
    ...field(f('expectedDate'), order.expectedDate ?? ' '),
    { label: f('supplier'), value: order.supplierName, wide: true, testId: 'print-supplier' },
    ...field(f('contact'), contact.name),
    ...field(f('phone'), contact.phone),
    ...field(f('uscc'), supplier?.uscc),
    ...field(f('address'), supplier?.address, { wide: true }),
    { label: f('warehouse'), value: order.warehouseName },
    ...field(f('revision'), order.revision > 1 ? t('purchasePrint.revision', { n: order.revision }) : ''),
  ]
}

/** 采购员 signs with the creator's name, 审批人 with the approvers'; the supplier confirms by hand and stamp. */
export function orderSignatures(order: PurchaseOrder, t: Translate): SheetSignature[] {
  const s = (key: string) => t(`purchasePrint.signatures.${key}`)
  const approvers = order.approvals.map((approval) => approval.userName).join('、')
  return [
    { label: s('purchaser'), name: order.createdBy, testId: 'print-creator' },
    { label: s('approver'), name: approvers, testId: 'print-approvers' },
    { label: s('supplierConfirm') },
    { label: s('date') },
  ]
}

export function orderApprovedLine(order: PurchaseOrder, t: Translate): string {
  const last = order.approvals.at(-1)
  if (!last) return ''
  const names = order.approvals.map((approval) => approval.userName).join('、')
  return t('purchasePrint.approvedInfo', { name: names, at: formatDateTime(last.at) })
}

/** 采购申请单: the department, when it is needed and why. */
export function requisitionFields(requisition: Requisition, t: Translate): SheetField[] {
  const f = (key: string) => t(`purchasePrint.fields.${key}`)
  return [
    { label: f('reqNo'), value: requisition.reqNo, testId: 'print-doc-no' },
    { label: f('requestDate'), value: dateOf(requisition.submittedAt ?? requisition.createdAt) },
    ...field(f('neededBy'), requisition.neededBy ?? ' '),
    { label: f('department'), value: requisition.departmentName, testId: 'print-department' },
    { label: f('requester'), value: requisition.requestedBy },
    { label: f('status'), value: t(`purchase.requisitionStatus.${requisition.status}`) },
    ...field(f('reason'), requisition.reason, { wide: true }),
    ...field(f('note'), requisition.note, { wide: true }),
  ]
}

const DECIDED = new Set(['approved', 'ordered', 'done', 'rejected'])

/** The decision of the approver, or null while it is not decided. */
export function requisitionDecision(requisition: Requisition): { approved: boolean; by: string; at: string } | null {
  if (!DECIDED.has(requisition.status) || !requisition.decidedBy) return null
  return {
    approved: requisition.status !== 'rejected',
    by: requisition.decidedBy,
    at: formatDateTime(requisition.decidedAt),
  }
}

export function requisitionSignatures(requisition: Requisition, t: Translate): SheetSignature[] {
  const s = (key: string) => t(`purchasePrint.signatures.${key}`)
  const decision = requisitionDecision(requisition)
  return [
    { label: s('requester'), name: requisition.requestedBy, testId: 'print-creator' },
    { label: s('departmentHead') },
    { label: s('approver'), name: decision?.approved ? decision.by : '', testId: 'print-approvers' },
    { label: s('date') },
  ]
}
