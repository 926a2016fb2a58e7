import { orderRoutes } from './order-routes'
import { planningRoutes } from './planning-routes'
import { requisitionRoutes } from './requisition-routes'

/** Purchasing: requisitions, orders and receiving, prices, reorder, settings and follow-up. */
export const purchaseRoutes = { ...requisitionRoutes, ...orderRoutes, ...planningRoutes }
