/** Suppliers from and to Excel, all-or-nothing like items. */
import type { FileData, ImportIssue, ImportReport } from '../../shared/contract'
import { checkUscc } from '../../shared/uscc'
import { timestamp, type Core } from '../context'
import type { Db } from '../db/open'
import { importReport, missingColumns } from '../excel/report'
import { writeSheet, type Column, type Sheet } from '../excel/workbook'
import { findSupplierId, insertSupplier, type SupplierFields } from './suppliers'

/** The headers of the supplier sheet (import template and export). */
export const SUPPLIER_COLUMNS = {
  code: '供应商编码',
  name: '供应商名称',
  shortName: '简称',
  uscc: '统一社会信用代码',
  contact: '联系人',
  phone: '电话',
  address: '地址',
  bank: '开户银行',
  account: '银行账号',
  categories: '供货类别',
  leadDays: '供货周期(天)',
  notes: '备注',
} as const
const H = SUPPLIER_COLUMNS

const COLUMNS: Column[] = [
  { header: `${H.code}*`, text: true },
  { header: `${H.name}*`, width: 26 },
  { header: H.shortName },
  { header: H.uscc, text: true, width: 22 },
  { header: H.contact },
  { header: H.phone, text: true },
  { header: H.address, width: 26 },
  { header: H.bank, width: 20 },
  { header: H.account, text: true, width: 22 },
  { header: H.categories },
  { header: H.leadDays },
  { header: H.notes, width: 20 },
]

/** A 统一社会信用代码 problem as a message naming the expected check character; null when fine. */
export function usccProblem(uscc: string): string | null {
  const check = checkUscc(uscc)
  if (check.ok) return null
  return check.reason === 'format'
    ? `统一社会信用代码「${uscc}」格式不正确（18 位数字或大写字母，不含 I、O、Z、S、V）`
    : `统一社会信用代码「${uscc}」校验位错误，应为 ${check.expected}`
}

export async function supplierTemplate(): Promise<FileData> {
  const example = [
    'GYS001',
    '西安晨光文具有限公司',
    '晨光文具',
    '9111010812788988X5',
    '张主管',
    '13856851652',
    '',
    '中国工商银行西安分行',
    '0485645545880812555',
    '办公用品',
    '10',
    '',
  ]
  return { fileName: '供应商导入模板.xlsx', base64: await writeSheet('供应商', COLUMNS, [example]) }
}

function checkRows(db: Db, sheet: Sheet): { suppliers: SupplierFields[]; issues: ImportIssue[] } {
  const issues = missingColumns(sheet, [H.code, H.name])
  if (issues.length) return { suppliers: [], issues }
  const codes = new Map<string, number>()
  const usccs = new Map<string, number>()
  const suppliers: SupplierFields[] = []
  for (const { row, cells } of sheet.rows) {
    const issue = (column: string, message: string) => issues.push({ row, column, message })
    const get = (column: string) => cells[column] ?? ''
    const code = get(H.code)
    if (!/^[A-Za-z0-9_.-]{1,32}$/.test(code))
      issue(H.code, code ? `编码「${code}」只能包含字母、数字和 _ . -` : '供应商编码不能为空')
    else if (codes.has(code.toUpperCase())) issue(H.code, `编码 ${code} 与第 ${codes.get(code.toUpperCase())} 行重复`)
    else if (findSupplierId(db, 'code', code)) issue(H.code, `编码 ${code} 已存在`)
    codes.set(code.toUpperCase(), row)
    if (!get(H.name)) issue(H.name, '供应商名称不能为空')
    const uscc = get(H.uscc).toUpperCase()
    if (uscc) {
      const problem = usccProblem(uscc)
      if (problem) issue(H.uscc, problem)
      else if (usccs.has(uscc)) issue(H.uscc, `统一社会信用代码与第 ${usccs.get(uscc)} 行重复`)
      else if (findSupplierId(db, 'uscc', uscc)) issue(H.uscc, '该统一社会信用代码已登记')
      usccs.set(uscc, row)
    }
    const account = get(H.account)
    if (account && !/^[0-9 -]{1,40}$/.test(account)) issue(H.account, '银行账号只能包含数字')
    const leadText = get(H.leadDays)
    const leadDays = leadText ? Number(leadText) : null
    if (leadDays !== null && !(Number.isInteger(leadDays) && leadDays >= 0 && leadDays <= 3650))
      issue(H.leadDays, `供货周期「${leadText}」应为天数`)
    const contact = get(H.contact)
    suppliers.push({
      code,
      name: get(H.name),
      shortName: get(H.shortName),
      uscc: uscc || null,
      address: get(H.address),
      bankName: get(H.bank),
      bankAccount: account,
      categories: get(H.categories),
      rating: null,
      leadDays,
      notes: get(H.notes),
      contacts:
        contact || get(H.phone) ? [{ name: contact || '联系人', role: '', phone: get(H.phone), email: '' }] : [],
      qualifications: [],
      items: [],
    })
  }
  return { suppliers, issues }
}

export function importSuppliers(core: Core, sheet: Sheet, write: boolean): ImportReport {
  const { suppliers, issues } = checkRows(core.db, sheet)
  const report = importReport(sheet, suppliers, issues)
  if (!write || !report.ok) return report
  const at = timestamp(core)
  for (const supplier of suppliers) insertSupplier(core.db, supplier, at)
  return { ...report, imported: suppliers.length }
}
