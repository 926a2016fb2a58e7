/**
 * What each type of printed document says in its header and which signature lines it has: the one
 * place the 入库单, 出库单, 调拨单 and 盘点表 differ outside their tables.
 */
import type { StockDocumentSummary, Stocktake } from '@shared/contract'
import { formatDateTime } from '@/utils/date'

export interface SheetField {
  label: string
  value: string
  /** Takes the whole row (notes, reasons). */
  wide?: boolean
  testId?: string
}

export interface SheetSignature {
  label: string
  /** Printed on the line (制单, 审核); empty for a hand signature. */
  name?: string | null
  testId?: string
}

type Translate = (key: string, params?: Record<string, unknown>) => string

const field = (label: string, value: string | null | undefined, extra: Partial<SheetField> = {}): SheetField[] =>
  value ? [{ label, value, ...extra }] : []

/** The fields that depend on the type and kind of document: who the goods came from or went to, and why. */
function partyFields(doc: StockDocumentSummary, t: Translate): SheetField[] {
  const f = (key: string) => t(`print.fields.${key}`)
  const kind = { label: f('kind'), value: t(`print.subtypes.${doc.subtype}`) }
  switch (doc.subtype) {
    case 'transfer':
      return [...field(f('fromWarehouse'), doc.warehouseName), ...field(f('toWarehouse'), doc.toWarehouseName ?? '')]
    case 'issue':
      return [
        kind,
        ...field(f('warehouse'), doc.warehouseName),
        ...field(f('issueDepartment'), doc.departmentName ?? ' '),
        ...field(f('issuePerson'), doc.personName ?? ' '),
      ]
    case 'return_in':
      return [
        kind,
        ...field(f('warehouse'), doc.warehouseName),
        ...field(f('returnDepartment'), doc.departmentName),
        ...field(f('returnPerson'), doc.personName),
      ]
    case 'scrap':
      return [kind, ...field(f('warehouse'), doc.warehouseName), ...field(f('scrapReason'), doc.reason, { wide: true })]
    case 'surplus':
    case 'shortage':
      return [
        kind,
        ...field(f('warehouse'), doc.warehouseName),
        ...field(f('source'), doc.sourceNo, { wide: true }),
        ...field(f('reason'), doc.reason, { wide: true }),
      ]
    default:
      return [
        kind,
        ...field(f('warehouse'), doc.warehouseName),
        ...field(f('supplier'), doc.supplierName),
        ...field(f('department'), doc.departmentName),
        ...field(f('reason'), doc.reason, { wide: true }),
      ]
  }
}

/** The header of a 入库单, 出库单 or 调拨单. */
export function documentFields(doc: StockDocumentSummary, t: Translate): SheetField[] {
  return [
    { label: t('print.fields.docNo'), value: doc.docNo ?? t('print.draftNo'), testId: 'print-doc-no' },
    { label: t('print.fields.businessDate'), value: doc.businessDate },
    ...partyFields(doc, t),
    ...field(t('print.fields.reverses'), doc.reversesNo, { wide: true }),
    ...field(t('print.fields.note'), doc.note, { wide: true }),
  ]
}

/** The header of a 盘点表: what was counted, and how. */
export function stocktakeFields(stocktake: Stocktake, t: Translate): SheetField[] {
  const scope = [stocktake.categoryName, stocktake.locationName].filter(Boolean).join(' / ')
  return [
    { label: t('print.fields.docNo'), value: stocktake.docNo ?? t('print.notPosted'), testId: 'print-doc-no' },
    { label: t('print.fields.businessDate'), value: stocktake.businessDate },
    { label: t('print.fields.warehouse'), value: stocktake.warehouseName },
    { label: t('print.fields.scope'), value: scope || t('print.scopeAll') },
    { label: t('print.fields.method'), value: t(stocktake.blind ? 'print.methods.blind' : 'print.methods.open') },
    ...field(t('print.fields.note'), stocktake.note, { wide: true }),
  ]
}

/** Signature lines: 制单 and 审核 carry the names the system knows; the others are signed by hand. */
export function signaturesOf(doc: StockDocumentSummary, t: Translate): SheetSignature[] {
  const s = (key: string): SheetSignature => ({ label: t(`print.signatures.${key}`) })
  const creator: SheetSignature = { ...s('creator'), name: doc.createdBy, testId: 'print-creator' }
  const poster: SheetSignature = { ...s('poster'), name: doc.postedBy, testId: 'print-poster' }
  switch (doc.docType) {
    case 'RK':
      return [creator, s('keeper'), s('inspector'), poster]
    case 'CK':
      return [creator, s(doc.subtype === 'issue' ? 'receiver' : 'handler'), s('keeper'), poster]
    case 'DB':
      return [creator, s('sender'), s('recipient'), poster]
    case 'PD':
      return [creator, s('counter'), s('supervisor'), s('keeper'), poster]
  }
}

export function postedLine(doc: StockDocumentSummary, t: Translate): string {
  return doc.postedAt ? t('print.postedInfo', { name: doc.postedBy ?? '', at: formatDateTime(doc.postedAt) }) : ''
}

/** One column of a printed goods table (goods-table.vue): its heading and, but for the one that takes the rest, its width. */
export interface GoodsColumn {
  label: string
  width?: string
}

/** The columns every goods table starts with: 序号, 物资编码, 物资名称 (takes the rest of the width), 规格型号. */
export function itemColumns(t: Translate, widths: { index: string; code: string; spec: string }): GoodsColumn[] {
  return [
    { label: t('print.columns.index'), width: widths.index },
    { label: t('print.columns.code'), width: widths.code },
    { label: t('print.columns.name') },
    { label: t('print.columns.spec'), width: widths.spec },
  ]
}
