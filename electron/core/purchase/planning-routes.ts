import { badInput } from '../../shared/errors'
import { route, signedIn } from '../route'
import { dashboard, priceHistory, reorderSuggestions } from './planning'
import { purchaseSettings, savePurchaseSettings } from './settings'

import { draftOrdersBySupplier } from './draft-orders'

export const planningRoutes = {
  'purchase.priceHistory': route<'purchase.priceHistory'>()({
    access: 'purchase.read',
    handler: (ctx, input) => priceHistory(ctx.core.db, input.itemId, input.supplierId),
  }),
  'purchase.reorder': route<'purchase.reorder'>()({
    access: 'purchase.read',
    handler: (ctx, input) => reorderSuggestions(ctx.core.db, input.warehouseId),
  }),
  'purchase.reorderToOrders': route<'purchase.reorderToOrders'>()({
    access: 'purchase.order',
    mutates: true,
    handler: (ctx, input) => {
      const made = draftOrdersBySupplier(ctx, input.requestId, input.warehouseId, input.lines)
      ctx.note({
        target: 'orders',
        summary: `由补货建议生成 ${made.length} 张采购订单：${made.map((o) => o.poNo).join('、')}`,
      })
      return made
    },
  }),
  'purchase.settings': route<'purchase.settings'>()({
    access: 'signed-in',
    handler: (ctx) => purchaseSettings(ctx.core.db),
  }),
  'purchase.updateSettings': route<'purchase.updateSettings'>()({
    access: 'settings.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = purchaseSettings(ctx.core.db)
      if (input.secondApprovalThresholdFen !== null && input.secondApprovalThresholdFen < input.approvalThresholdFen) {
        throw badInput(
          '双人审批金额不能低于审批金额',
          'The two-approver threshold cannot be below the approval threshold',
        )
      }
      savePurchaseSettings(ctx.core.db, input)
      ctx.note({ target: 'settings', summary: '修改采购设置', before, after: input })
      return purchaseSettings(ctx.core.db)
    },
  }),
  'purchase.dashboard': route<'purchase.dashboard'>()({
    access: 'signed-in',
    handler: (ctx) => dashboard(ctx.core, signedIn(ctx)),
  }),
}
