import { describe, expect, it } from 'vitest'
import { verifyLedger } from '../../electron/core/stock/verify'
import type { Client } from './helpers'
import { makeApp, setupAdmin, userClient } from './helpers'

async function setup() {
  const app = makeApp()
  const admin = await setupAdmin(app)
  const users = {
    buyer: await userClient(app, admin, 'buyer', 'purchaser'),
    boss: await userClient(app, admin, 'boss', 'approver'),
    deputy: await userClient(app, admin, 'deputy', 'approver'),
    keeper: await userClient(app, admin, 'keeper', 'storekeeper'),
    viewer: await userClient(app, admin, 'viewer', 'viewer'),
  }
  const supplier = await admin('suppliers.create', { code: 'S01', name: '晨光文具有限公司' })
  const other = await admin('suppliers.create', { code: 'S02', name: '得力办公用品有限公司' })
  const pen = await admin('items.create', {
    code: 'BG2',
    name: '中性笔',
    unit: '支',
    defaultSupplierId: supplier.id,
    packUnits: [{ name: '盒', qtyMilli: 12_000, barcodes: ['16901234567899'] }],
    stockLimits: [{ warehouseId: 1, minMilli: 24_000, maxMilli: 120_000 }],
  })
  const paper = await admin('items.create', {
    code: 'BG1',
    name: 'A4复印纸',
    unit: '包',
    defaultSupplierId: other.id,
    refPriceE4: 220_000,
  })
  const dept = await admin('departments.create', { code: 'D01', name: '教务处' })
  return { app, admin, ...users, supplier, other, pen, paper, dept }
}

const order = (
  supplierId: number,
  lines: { itemId: number; packName?: string | null; qtyMilli: number; priceE4: number }[],
  extra = {},
) => ({
  requestId: crypto.randomUUID(),
  supplierId,
  warehouseId: 1,
  lines,
  ...extra,
})

async function approvedOrder(
  s: Awaited<ReturnType<typeof setup>>,
  lines: Parameters<typeof order>[1],
  expectedDate = '2026-12-01',
) {
  const po = await s.buyer('orders.create', order(s.supplier.id, lines, { expectedDate }))
  await s.buyer('orders.submit', { id: po.id })
  return s.boss('orders.approve', { id: po.id })
}

describe('purchasing: requisitions', () => {
  it('goes draft → submitted → approved by someone else → draft orders grouped by supplier, linked back', async () => {
    const s = await setup()
    const req = await s.keeper('requisitions.create', {
      requestId: crypto.randomUUID(),
      departmentId: s.dept.id,
      neededBy: '2026-12-10',
      reason: '期末考试用',
      lines: [
        { itemId: s.pen.id, qtyMilli: 60_000 },
        { itemId: s.paper.id, qtyMilli: 20_000 },
        { itemId: null, name: '激光笔', spec: '红光', unit: '支', qtyMilli: 2_000 },
      ],
    })
    expect(req).toMatchObject({ reqNo: 'SQ20261126-0001', status: 'draft', departmentName: '教务处' })
    await expect(s.keeper('requisitions.approve', { id: req.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await s.keeper('requisitions.submit', { id: req.id })
    // The requester may not approve their own request, whatever their role; here an admin requests.
    const own = await s.admin('requisitions.create', {
      requestId: crypto.randomUUID(),
      departmentId: s.dept.id,
      lines: [{ itemId: s.pen.id, qtyMilli: 1_000 }],
    })
    await s.admin('requisitions.submit', { id: own.id })
    await expect(s.admin('requisitions.approve', { id: own.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      text: { zh: '不能审批自己创建或修改过的采购申请' },
    })
    await expect(s.boss('requisitions.reject', { id: own.id, comment: '' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
    expect(await s.boss('requisitions.reject', { id: own.id, comment: '重复申请' })).toMatchObject({
      status: 'rejected',
      decidedBy: 'boss',
    })
    const approved = await s.boss('requisitions.approve', { id: req.id, comment: '同意' })
    expect(approved).toMatchObject({ status: 'approved', decisionComment: '同意' })

    const lines = [1, 2, 3].map((lineNo) => ({ requisitionId: req.id, lineNo }))
    await expect(
      s.buyer('requisitions.toOrders', { requestId: crypto.randomUUID(), warehouseId: 1, lines }),
    ).rejects.toMatchObject({
      text: { zh: 'SQ20261126-0001 第 3 行：「激光笔」不在物资目录中，请先选择或新建物资' },
    })
    const laser = await s.buyer('items.create', { code: 'JX1', name: '激光笔', unit: '支' })
    lines[2] = { ...lines[2], itemId: laser.id, supplierId: s.supplier.id } as (typeof lines)[number]
    const orders = await s.buyer('requisitions.toOrders', { requestId: crypto.randomUUID(), warehouseId: 1, lines })
    expect(orders.map((o) => [o.supplierName, o.status])).toEqual([
      ['晨光文具有限公司', 'draft'],
      ['得力办公用品有限公司', 'draft'],
    ])
    const first = await s.buyer('orders.get', { id: orders[0].id })
    expect(
      first.lines.map((l) => [l.itemCode, l.baseQtyMilli, l.sources.map((x) => `${x.reqNo}/${x.lineNo}`)]),
    ).toEqual([
      ['BG2', 60_000, ['SQ20261126-0001/1']],
      ['JX1', 2_000, ['SQ20261126-0001/3']],
    ])
    // Paper has no price from this supplier yet: its reference price.
    expect((await s.buyer('orders.get', { id: orders[1].id })).lines[0]).toMatchObject({
      priceE4: 220_000,
      amountFen: 44_000,
    })
    expect((await s.buyer('requisitions.get', { id: req.id })).status).toBe('ordered')
  })
})

describe('purchasing: orders', () => {
  it('prices lines in purchase units with exact ratios, and locks an approved order', async () => {
    const s = await setup()
    const po = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, packName: '盒', qtyMilli: 5_000, priceE4: 180_000 }]),
    )
    expect(po).toMatchObject({ poNo: 'CG20261126-0001', status: 'draft', totalFen: 9_000 })
    expect(po.lines[0]).toMatchObject({ packRatioMilli: 12_000, baseQtyMilli: 60_000, amountFen: 9_000 })
    await expect(
      s.buyer('orders.create', order(s.supplier.id, [{ itemId: s.pen.id, packName: '盒', qtyMilli: 500, priceE4: 1 }])),
    ).resolves.toMatchObject({ lines: [{ baseQtyMilli: 6_000 }] })
    await expect(
      s.buyer(
        'orders.create',
        order(s.supplier.id, [{ itemId: s.pen.id, packName: '箱', qtyMilli: 1_000, priceE4: 1 }]),
      ),
    ).rejects.toMatchObject({ text: { zh: '第 1 行：「中性笔」没有包装单位「箱」' } })
    await expect(
      s.keeper('orders.create', order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 1_000, priceE4: 1 }])),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await s.buyer('orders.submit', { id: po.id })
    await s.boss('orders.approve', { id: po.id })
    await expect(
      s.buyer('orders.update', {
        id: po.id,
        supplierId: s.supplier.id,
        warehouseId: 1,
        lines: [{ itemId: s.pen.id, qtyMilli: 1_000, priceE4: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(() => s.app.core.db.prepare('UPDATE po_lines SET price_e4 = 1 WHERE po_id = ?').run(po.id)).toThrow(
      'approved orders are locked',
    )
    // A change is a new revision that needs approval again — and its reviser may not approve it.
    const revised = await s.buyer('orders.revise', { id: po.id })
    expect(revised).toMatchObject({ status: 'draft', revision: 2, approvals: [] })
    await s.buyer('orders.update', {
      id: po.id,
      supplierId: s.supplier.id,
      warehouseId: 1,
      lines: [{ itemId: s.pen.id, packName: '盒', qtyMilli: 6_000, priceE4: 175_000 }],
    })
    await s.buyer('orders.submit', { id: po.id })
    expect(await s.deputy('orders.approve', { id: po.id })).toMatchObject({
      status: 'approved',
      revision: 2,
      totalFen: 10_500,
    })
  })

  it('refuses self-approval for every role and applies the thresholds, with two different approvers above the second', async () => {
    const s = await setup()
    await s.admin('purchase.updateSettings', {
      approvalThresholdFen: 100_000,
      secondApprovalThresholdFen: 500_000,
      overReceiptTolerancePct: 0,
    })
    // Below the threshold: approved at once.
    const small = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 10_000, priceE4: 15_000 }]),
    )
    expect((await s.buyer('orders.submit', { id: small.id })).status).toBe('approved')
    // At the threshold: one approval.
    const mid = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 1_000, priceE4: 10_000_000 }]),
    )
    expect(await s.buyer('orders.submit', { id: mid.id })).toMatchObject({ status: 'pending', approvalsNeeded: 1 })
    // Nobody approves their own order — the administrator included — nor a revision they made.
    const own = await s.admin(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 1_000, priceE4: 10_000_000 }]),
    )
    await s.admin('orders.submit', { id: own.id })
    await expect(s.admin('orders.approve', { id: own.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      text: { zh: '不能审批自己创建或修改过的采购订单' },
    })
    const theirs = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 1_000, priceE4: 10_000_000 }]),
    )
    await s.buyer('orders.submit', { id: theirs.id })
    await s.boss('orders.approve', { id: theirs.id })
    await s.admin('orders.revise', { id: theirs.id })
    await s.admin('orders.submit', { id: theirs.id })
    await expect(s.admin('orders.approve', { id: theirs.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await s.deputy('orders.approve', { id: theirs.id })).status).toBe('approved')
    // Roles without the right approve nothing, their own or not.
    for (const client of [s.buyer, s.keeper, s.viewer]) {
      await expect(client('orders.approve', { id: mid.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect((await s.boss('orders.approve', { id: mid.id })).status).toBe('approved')
    // At the second threshold: two different approvers.
    const big = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 5_000, priceE4: 10_000_000 }]),
    )
    expect(await s.buyer('orders.submit', { id: big.id })).toMatchObject({ status: 'pending', approvalsNeeded: 2 })
    expect((await s.boss('orders.approve', { id: big.id })).status).toBe('pending')
    await expect(s.boss('orders.approve', { id: big.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await s.deputy('orders.approve', { id: big.id })).toMatchObject({
      status: 'approved',
      approvals: [{ userName: 'boss' }, { userName: 'deputy' }],
    })
    // Rejected goes back to draft and its approvals no longer count.
    const again = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 5_000, priceE4: 10_000_000 }]),
    )
    await s.buyer('orders.submit', { id: again.id })
    await s.boss('orders.approve', { id: again.id })
    expect(await s.deputy('orders.reject', { id: again.id, comment: '价格偏高' })).toMatchObject({
      status: 'draft',
      approvals: [],
    })
  })

  it('allows each transition only from its states: sent, cancel, short-close', async () => {
    const s = await setup()
    const draft = await s.buyer(
      'orders.create',
      order(s.supplier.id, [{ itemId: s.pen.id, qtyMilli: 10_000, priceE4: 15_000 }]),
    )
    await expect(s.buyer('orders.markSent', { id: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(
      s.keeper('orders.receive', {
        requestId: crypto.randomUUID(),
        id: draft.id,
        lines: [{ lineNo: 1, acceptedMilli: 1_000 }],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(s.buyer('orders.shortClose', { id: draft.id, reason: '不要了' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect((await s.buyer('orders.cancel', { id: draft.id, reason: '重复' })).status).toBe('cancelled')
    await expect(s.buyer('orders.submit', { id: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' })

    const po = await approvedOrder(s, [
      { itemId: s.pen.id, qtyMilli: 10_000, priceE4: 15_000 },
      { itemId: s.paper.id, qtyMilli: 5_000, priceE4: 230_000 },
    ])
    expect((await s.buyer('orders.markSent', { id: po.id })).status).toBe('sent')
    await s.keeper('orders.receive', {
      requestId: crypto.randomUUID(),
      id: po.id,
      lines: [{ lineNo: 1, acceptedMilli: 10_000 }],
    })
    await expect(s.buyer('orders.cancel', { id: po.id, reason: '不要了' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(s.buyer('orders.revise', { id: po.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    const closed = await s.buyer('orders.shortClose', { id: po.id, lineNo: 2, reason: '供应商缺货' })
    expect(closed).toMatchObject({ status: 'closed' })
    expect(closed.lines[1].closedReason).toBe('供应商缺货')
  })
})

describe('purchasing: receiving', () => {
  it('receives in parts at the order price, records rejections, and closes the order when complete', async () => {
    const s = await setup()
    const po = await approvedOrder(s, [{ itemId: s.pen.id, packName: '盒', qtyMilli: 5_000, priceE4: 180_000 }]) // 60 pens, 1.50 each
    await expect(
      s.buyer('orders.receive', {
        requestId: crypto.randomUUID(),
        id: po.id,
        lines: [{ lineNo: 1, acceptedMilli: 1_000 }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      s.keeper('orders.receive', {
        requestId: crypto.randomUUID(),
        id: po.id,
        lines: [{ lineNo: 1, acceptedMilli: 24_000, rejectedMilli: 2_000 }],
      }),
    ).rejects.toMatchObject({ text: { zh: '第 1 行：请填写拒收原因' } })
    const requestId = crypto.randomUUID()
    const first = await s.keeper('orders.receive', {
      requestId,
      id: po.id,
      lines: [{ lineNo: 1, acceptedMilli: 24_000, rejectedMilli: 2_000, rejectReason: '笔芯漏墨' }],
    })
    expect(first).toMatchObject({ receiptNo: 'RK20261126-0001', order: { status: 'partial' } })
    expect(first.order.lines[0]).toMatchObject({ receivedMilli: 24_000, rejectedMilli: 2_000 })
    // A repeated request posts nothing more; the id reused with other lines is refused.
    const repeat = {
      requestId,
      id: po.id,
      lines: [{ lineNo: 1, acceptedMilli: 24_000, rejectedMilli: 2_000, rejectReason: '笔芯漏墨' }],
    }
    expect((await s.keeper('orders.receive', repeat)).receiptId).toBe(first.receiptId)
    await expect(
      s.keeper('orders.receive', { requestId, id: po.id, lines: [{ lineNo: 1, acceptedMilli: 24_000 }] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', text: { zh: '请求编号已用于内容不同的请求，请刷新后重试' } })
    const receipt = await s.keeper('stock.get', { id: first.receiptId })
    expect(receipt).toMatchObject({ subtype: 'purchase', supplierName: '晨光文具有限公司', totalFen: 3_600 })
    expect(receipt.lines[0]).toMatchObject({ qtyMilli: 24_000, priceE4: 15_000, amountFen: 3_600 })
    const rest = await s.keeper('orders.receive', {
      requestId: crypto.randomUUID(),
      id: po.id,
      lines: [{ lineNo: 1, acceptedMilli: 36_000 }],
    })
    expect(rest.order.status).toBe('received')
    const onHand = (await s.keeper('stock.onHand', {})).rows[0]
    expect(onHand).toMatchObject({ qtyMilli: 60_000, valueFen: 9_000 })
    // Reversing a receipt takes it off the order again.
    await s.admin('stock.reverse', { id: rest.receiptId, requestId: crypto.randomUUID() })
    expect((await s.buyer('orders.get', { id: po.id })).status).toBe('partial')
    expect(verifyLedger(s.app.core.db)).toEqual([])
  })

  it('allows over-receipt within the tolerance; beyond it only for a permitted role', async () => {
    const s = await setup()
    await s.admin('purchase.updateSettings', {
      approvalThresholdFen: 0,
      secondApprovalThresholdFen: null,
      overReceiptTolerancePct: 10,
    })
    const receive = (client: Client, id: number, acceptedMilli: number) =>
      client('orders.receive', { requestId: crypto.randomUUID(), id, lines: [{ lineNo: 1, acceptedMilli }] })
    const po = await approvedOrder(s, [{ itemId: s.paper.id, qtyMilli: 10_000, priceE4: 230_000 }])
    // 12 of 10 is beyond 10%: the storekeeper may not; 11 is within.
    await expect(receive(s.keeper, po.id, 12_000)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await receive(s.keeper, po.id, 11_000)).order.status).toBe('received')
    const second = await approvedOrder(s, [{ itemId: s.paper.id, qtyMilli: 10_000, priceE4: 230_000 }])
    await receive(s.boss, second.id, 12_000)
    expect((await s.buyer('orders.get', { id: po.id })).lines[0].receivedMilli).toBe(11_000)
    expect((await s.buyer('orders.get', { id: second.id })).lines[0].receivedMilli).toBe(12_000)
  })

  it('keeps price history, suggests reorders from min/max, on hand and on order, and counts the dashboard', async () => {
    const s = await setup()
    const po = await approvedOrder(s, [{ itemId: s.pen.id, qtyMilli: 12_000, priceE4: 15_500 }], '2026-11-20')
    const history = await s.buyer('purchase.priceHistory', { itemId: s.pen.id })
    expect(history.map((h) => [h.supplierName, h.poNo, h.basePriceE4])).toEqual([['晨光文具有限公司', po.poNo, 15_500]])
    // Pens: min 24, max 120, none on hand, 12 on order → 108 suggested from the default supplier.
    const suggestions = await s.buyer('purchase.reorder', {})
    expect(
      suggestions.map((r) => [
        r.itemCode,
        r.onHandMilli,
        r.onOrderMilli,
        r.suggestedMilli,
        r.supplierName,
        r.lastPriceE4,
      ]),
    ).toEqual([['BG2', 0, 12_000, 108_000, '晨光文具有限公司', 15_500]])
    const drafts = await s.buyer('purchase.reorderToOrders', {
      requestId: crypto.randomUUID(),
      warehouseId: 1,
      lines: suggestions.map((r) => ({ itemId: r.itemId, qtyMilli: r.suggestedMilli, supplierId: r.supplierId! })),
    })
    expect(drafts).toMatchObject([{ status: 'draft', supplierName: '晨光文具有限公司', totalFen: 16_740 }])
    // The draft counts as on order: nothing is suggested twice.
    expect(await s.buyer('purchase.reorder', {})).toEqual([])
    expect(await s.buyer('purchase.dashboard', {})).toEqual({
      awaitingMyApproval: 0,
      overdueOrders: 1,
      lowStock: 1,
      myDrafts: 1,
    })
    await s.buyer('orders.submit', { id: drafts[0].id })
    expect((await s.boss('purchase.dashboard', {})).awaitingMyApproval).toBe(1)
    expect((await s.buyer('orders.list', { overdueOnly: true })).rows.map((o) => o.poNo)).toEqual([po.poNo])
  })
})
