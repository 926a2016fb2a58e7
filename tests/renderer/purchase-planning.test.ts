import { describe, expect, it } from 'vitest'
import type { Requisition, ReorderSuggestion } from '@shared/contract'
import { groupBySupplier, reorderBatches, reorderRows } from '@/views/reorder/modules/reorder-groups'
import {
  decimalsOf,
  pendingRows,
  toOrdersLines,
  toOrdersProblem,
  withDefaultSuppliers,
  withItem,
} from '@/views/requisitions/modules/to-orders'
import { orderFiltersFromQuery, orderFiltersToQuery, orderListQuery } from '@/views/orders/modules/order-filters'
import { purchaseSettingsInput, purchaseSettingsProblems } from '@/views/settings/modules/purchase-settings-form'

const requisition: Requisition = {
  id: 4,
  reqNo: 'SQ20261126-0001',
  status: 'approved',
  departmentId: 1,
  departmentName: '教务处',
  neededBy: null,
  reason: '',
  note: '',
  requestedById: 4,
  requestedBy: 'keeper',
  createdAt: '',
  submittedAt: null,
  decidedBy: 'boss',
  decidedAt: null,
  decisionComment: '',
  lineCount: 3,
  lines: [
    {
      lineNo: 1,
      itemId: 7,
      itemCode: 'BG2',
      name: '中性笔',
      spec: '',
      unit: '支',
      qtyMilli: 60_000,
      orderedMilli: 0,
      note: '',
    },
    {
      lineNo: 2,
      itemId: 8,
      itemCode: 'BG1',
      name: 'A4复印纸',
      spec: '',
      unit: '包',
      qtyMilli: 20_000,
      orderedMilli: 20_000,
      note: '',
    },
    {
      lineNo: 3,
      itemId: null,
      itemCode: null,
      name: '激光笔',
      spec: '红光',
      unit: '支',
      qtyMilli: 2000,
      orderedMilli: 0,
      note: '',
    },
  ],
}

describe('集中采购: requisition lines to orders', () => {
  it('lists what is not ordered yet, with each item’s default supplier', () => {
    const rows = withDefaultSuppliers(
      pendingRows([requisition]),
      new Map([[7, { defaultSupplierId: 3 }]]),
      new Map([[3, '晨光文具有限公司']]),
    )
    expect(rows.map((row) => [row.key, row.remainingMilli, row.supplierId, row.supplierName])).toEqual([
      ['4:1', 60_000, 3, '晨光文具有限公司'],
      ['4:3', 2000, null, ''],
    ])
    expect(toOrdersProblem(rows, null)).toBe('warehouse')
    expect(toOrdersProblem(rows, 1)).toBe('item')
    // The free-text line gets a catalogue item (and with it that item's supplier, if none was chosen).
    const fixed = [
      rows[0],
      withItem(rows[1], { id: 9, code: 'JX1', name: '激光笔', spec: '红光', defaultSupplierId: 5 }),
    ]
    expect(toOrdersProblem(fixed, 1)).toBeNull()
    expect(toOrdersLines(fixed)).toEqual([
      { requisitionId: 4, lineNo: 1, supplierId: 3 },
      { requisitionId: 4, lineNo: 3, itemId: 9, supplierId: 5 },
    ])
    expect(toOrdersProblem([], 1)).toBe('nothing')
    expect(toOrdersProblem([{ ...fixed[0], supplierId: null }], 1)).toBe('supplier')
  })

  it('gives a new item the unit decimals its quantity needs', () => {
    expect([decimalsOf(2000), decimalsOf(2500), decimalsOf(2250), decimalsOf(2125)]).toEqual([0, 1, 2, 3])
  })
})

const suggestion = (itemId: number, supplierId: number | null, supplierName: string | null, warehouseId = 1) =>
  ({
    itemId,
    itemCode: `I${itemId}`,
    itemName: `物资${itemId}`,
    itemSpec: '',
    unit: '个',
    unitDecimals: 0,
    warehouseId,
    warehouseName: `仓库${warehouseId}`,
    onHandMilli: 0,
    onOrderMilli: 0,
    minMilli: 5000,
    maxMilli: 20_000,
    suggestedMilli: 20_000,
    supplierId,
    supplierName,
    lastPriceE4: null,
  }) satisfies ReorderSuggestion

describe('补货建议: grouping and orders', () => {
  it('groups by default supplier in name order, items without one last', () => {
    const rows = reorderRows([
      suggestion(1, null, null),
      suggestion(2, 4, '晨光文具'),
      suggestion(3, 3, '得力办公'),
      suggestion(4, 4, '晨光文具'),
    ])
    expect(
      groupBySupplier(rows).map((group) => [group.supplierId, group.rows.map((row) => row.suggestion.itemId)]),
    ).toEqual([
      [4, [2, 4]],
      [3, [3]],
      [null, [1]],
    ])
  })

  it('makes one call per receiving warehouse, with the adjusted quantities; refuses a missing supplier', () => {
    const rows = reorderRows([suggestion(1, 4, '晨光文具'), suggestion(2, 4, '晨光文具', 2), suggestion(3, null, null)])
    rows[0].qtyText = '12'
    expect(reorderBatches(rows.slice(0, 2))).toEqual({
      batches: [
        { warehouseId: 1, lines: [{ itemId: 1, qtyMilli: 12_000, supplierId: 4 }] },
        { warehouseId: 2, lines: [{ itemId: 2, qtyMilli: 20_000, supplierId: 4 }] },
      ],
    })
    expect(reorderBatches(rows)).toEqual({ problem: 'supplier' })
    expect(reorderBatches([{ ...rows[0], qtyText: '1.5' }])).toEqual({ problem: 'qty' })
    expect(reorderBatches([])).toEqual({ problem: 'none' })
  })
})

describe('order list filters in the address', () => {
  it('reads the home page’s links and writes back only what is set', () => {
    const filters = orderFiltersFromQuery({ awaitingMe: '1', status: 'pending', supplierId: 'x' })
    expect(filters).toMatchObject({ awaitingMe: true, status: 'pending', supplierId: null, overdueOnly: false })
    expect(orderFiltersToQuery(filters)).toEqual({ status: 'pending', awaitingMe: '1' })
    expect(orderListQuery({ ...filters, search: ' CG2026 ' })).toEqual({
      status: 'pending',
      openOnly: false,
      overdueOnly: false,
      awaitingMe: true,
      search: 'CG2026',
    })
    expect(orderFiltersFromQuery({ status: 'nonsense' }).status).toBeNull()
  })
})

describe('采购设置 form', () => {
  it('takes 元 with two decimals, an optional second threshold not below the first, and a whole percent', () => {
    expect(purchaseSettingsInput({ threshold: '1000', second: '', tolerance: '10' })).toEqual({
      approvalThresholdFen: 100_000,
      secondApprovalThresholdFen: null,
      overReceiptTolerancePct: 10,
    })
    expect(purchaseSettingsInput({ threshold: '1,000.5', second: '5000', tolerance: '0' })).toMatchObject({
      approvalThresholdFen: 100_050,
      secondApprovalThresholdFen: 500_000,
    })
    expect(purchaseSettingsProblems({ threshold: '1000', second: '500', tolerance: '101' })).toEqual({
      second: 'secondBelow',
      tolerance: 'invalidPct',
    })
    expect(purchaseSettingsProblems({ threshold: '1.234', second: '', tolerance: '5.5' })).toEqual({
      threshold: 'invalidAmount',
      tolerance: 'invalidPct',
    })
  })
})
