import { describe, expect, it } from 'vitest'
import type { PoSummary, ReorderSuggestion, RequisitionSummary, StockDocumentSummary } from '@shared/contract'
import { i18n } from '@/i18n'
import { formatDateTime, localDate } from '@/utils/date'
import { orderExportTable } from '@/views/orders/modules/order-columns'
import { emptyOrderFilters, orderListQuery } from '@/views/orders/modules/order-filters'
import { groupBySupplier, reorderExportTable, reorderRows } from '@/views/reorder/modules/reorder-groups'
import { requisitionExportTable, requisitionListQuery } from '@/views/requisitions/modules/requisition-columns'
import { stocktakeExportTable, stocktakeListQuery } from '@/views/stocktakes/modules/stocktake-columns'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

/** The cell of `row` under the header `name`. */
const cell = (table: { headers: string[]; rows: (string | number)[][] }, row: number, name: string) => {
  const column = table.headers.indexOf(name)
  expect(column, name).toBeGreaterThanOrEqual(0)
  return table.rows[row][column]
}

const order = (patch: Partial<PoSummary>): PoSummary => ({
  id: 1,
  poNo: 'PO20260105-0001',
  status: 'approved',
  revision: 1,
  supplierId: 4,
  supplierName: '华联办公用品',
  warehouseId: 1,
  warehouseName: '总库',
  expectedDate: '2026-01-20',
  paymentTerms: '',
  deliveryTerms: '',
  note: '',
  totalFen: 1234567,
  createdById: 2,
  createdBy: '王建国',
  createdAt: '2026-01-05T08:00:00Z',
  sentAt: null,
  closedReason: null,
  overdue: false,
  approvalsNeeded: 1,
  approvals: [],
  ...patch,
})

describe('purchase order export', () => {
  it('writes Chinese headers, the status label, an overdue mark and the total in 元 as exact text', () => {
    const table = orderExportTable(t, [
      order({}),
      order({ id: 2, poNo: 'PO20260105-0002', status: 'partial', overdue: true, expectedDate: null, totalFen: 5 }),
      order({ id: 3, poNo: 'PO20260105-0003', status: 'draft', totalFen: 0 }),
    ])
    expect(table.fileName).toBe(`采购订单-${localDate()}`)
    expect(table.sheetName).toBe('采购订单')
    expect(table.headers).toEqual([
      '订单号',
      '状态',
      '逾期',
      '供应商',
      '收货仓库',
      '预计到货',
      '金额（元）',
      '制单人',
      '制单时间',
    ])
    expect(table.rows[0]).toEqual([
      'PO20260105-0001',
      '已审批',
      '',
      '华联办公用品',
      '总库',
      '2026-01-20',
      '12345.67',
      '王建国',
      formatDateTime('2026-01-05T08:00:00Z'),
    ])
    expect(cell(table, 1, '状态')).toBe('部分到货')
    expect(cell(table, 1, '逾期')).toBe('逾期')
    expect(cell(table, 1, '预计到货')).toBe('')
    expect(cell(table, 1, '金额（元）')).toBe('0.05')
    expect(cell(table, 2, '状态')).toBe('草稿')
    expect(cell(table, 2, '金额（元）')).toBe('0.00')
  })

  it('fetches with the filters on screen', () => {
    expect(orderListQuery({ ...emptyOrderFilters(), status: 'sent', overdueOnly: true, search: ' 0001 ' })).toEqual({
      status: 'sent',
      openOnly: false,
      overdueOnly: true,
      awaitingMe: false,
      search: '0001',
    })
  })
})

const requisition = (patch: Partial<RequisitionSummary>): RequisitionSummary => ({
  id: 1,
  reqNo: 'QG20260105-0001',
  status: 'submitted',
  departmentId: 3,
  departmentName: '后勤处',
  neededBy: '2026-01-31',
  reason: '办公用纸',
  note: '',
  requestedById: 5,
  requestedBy: '李四',
  createdAt: '2026-01-05T08:00:00Z',
  submittedAt: null,
  decidedBy: null,
  decidedAt: null,
  decisionComment: '',
  lineCount: 3,
  ...patch,
})

describe('requisition export', () => {
  it('writes the status as its label and the columns on screen', () => {
    const table = requisitionExportTable(t, [requisition({}), requisition({ status: 'approved', decidedBy: '张三' })])
    expect(table.sheetName).toBe('采购申请')
    expect(table.rows[0]).toEqual([
      'QG20260105-0001',
      '待审批',
      '后勤处',
      '2026-01-31',
      '办公用纸',
      3,
      '李四',
      formatDateTime('2026-01-05T08:00:00Z'),
      '',
    ])
    expect(cell(table, 1, '状态')).toBe('已批准')
    expect(cell(table, 1, '审批人')).toBe('张三')
  })

  it('fetches with the status and 我的 filters', () => {
    expect(requisitionListQuery({ status: null, mine: true })).toEqual({ mine: true })
    expect(requisitionListQuery({ status: 'draft', mine: false })).toEqual({ status: 'draft', mine: false })
  })
})

describe('stocktake export', () => {
  it('names a draft as not posted and writes the status label', () => {
    const row = {
      id: 1,
      docType: 'PD',
      docNo: null,
      status: 'draft',
      businessDate: '2026-01-05',
      warehouseName: '总库',
      createdBy: '王建国',
      postedBy: null,
      note: '年终盘点',
    } as unknown as StockDocumentSummary
    const table = stocktakeExportTable(t, [
      row,
      { ...row, docNo: 'PD20260105-0001', status: 'posted', postedBy: '张三' },
    ])
    expect(table.headers).toEqual(['单号', '日期', '仓库', '状态', '制单人', '过账人', '备注'])
    expect(table.rows).toEqual([
      ['（未过账）', '2026-01-05', '总库', '盘点中', '王建国', '', '年终盘点'],
      ['PD20260105-0001', '2026-01-05', '总库', '已过账', '王建国', '张三', '年终盘点'],
    ])
    expect(stocktakeListQuery('all')).toEqual({ docType: 'PD' })
    expect(stocktakeListQuery('posted')).toEqual({ docType: 'PD', status: 'posted' })
  })
})

const suggestion = (patch: Partial<ReorderSuggestion>): ReorderSuggestion => ({
  itemId: 1,
  itemCode: 'A001',
  itemName: 'A4 复印纸',
  itemSpec: '70g',
  unit: '包',
  unitDecimals: 0,
  warehouseId: 1,
  warehouseName: '总库',
  onHandMilli: 2000,
  onOrderMilli: 0,
  minMilli: 10000,
  maxMilli: 1234000,
  suggestedMilli: 1232000,
  supplierId: 4,
  supplierName: '华联办公用品',
  lastPriceE4: 235000,
  ...patch,
})

describe('reorder export', () => {
  it('writes the groups as on screen, with the adjusted quantity and exact decimals', () => {
    const rows = reorderRows([
      suggestion({}),
      suggestion({
        itemId: 2,
        itemCode: 'B002',
        itemName: '洗手液',
        unit: 'kg',
        unitDecimals: 3,
        onHandMilli: 1500,
        maxMilli: null,
        suggestedMilli: 3500,
        supplierId: null,
        supplierName: null,
        lastPriceE4: null,
      }),
    ])
    rows[0].qtyText = '1000'
    rows[1].supplierName = '清洁用品公司'
    const table = reorderExportTable(t, groupBySupplier(rows))
    expect(table.sheetName).toBe('补货建议')
    expect(table.headers).toEqual([
      '供应商',
      '物资编码',
      '名称',
      '规格型号',
      '单位',
      '仓库',
      '现有',
      '在途',
      '最低',
      '最高',
      '建议采购',
      '上次单价',
    ])
    expect(table.rows[0]).toEqual([
      '华联办公用品',
      'A001',
      'A4 复印纸',
      '70g',
      '包',
      '总库',
      '2',
      '0',
      '10',
      '1234',
      '1000',
      '23.50',
    ])
    expect(table.rows[1]).toEqual([
      '清洁用品公司',
      'B002',
      '洗手液',
      '70g',
      'kg',
      '总库',
      '1.5',
      '0',
      '10',
      '',
      '3.5',
      '',
    ])
  })

  it('keeps a quantity that is not valid as typed', () => {
    const rows = reorderRows([suggestion({})])
    rows[0].qtyText = ' 1.5 '
    expect(cell(reorderExportTable(t, groupBySupplier(rows)), 0, '建议采购')).toBe('1.5')
  })
})
