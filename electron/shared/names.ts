/**
 * The Chinese names of statuses and business types, written once: the zh-CN screens show them
 * (src/i18n/zh-CN takes them from here) and the core writes them into export sheets.
 */
import type { DocStatus, DocSubtype, PoStatus, RequisitionStatus } from './contract'

export const SUBTYPE_NAMES: Record<DocSubtype, string> = {
  other: '其他入库',
  purchase: '采购入库',
  opening: '期初',
  return_in: '退库',
  surplus: '盘盈',
  issue: '领用',
  return_supplier: '退货',
  scrap: '报损',
  shortage: '盘亏',
  transfer: '调拨',
  stocktake: '盘点',
}

/** 入库单 / 出库单 / 调拨单. */
export const DOC_STATUS_NAMES: Record<DocStatus, string> = { draft: '草稿', posted: '已审核' }
/** 盘点单. */
export const STOCKTAKE_STATUS_NAMES: Record<DocStatus, string> = { draft: '盘点中', posted: '已过账' }

export const ORDER_STATUS_NAMES: Record<PoStatus, string> = {
  draft: '草稿',
  pending: '待审批',
  approved: '已审批',
  sent: '已发送',
  partial: '部分到货',
  received: '已到货',
  closed: '已短结',
  cancelled: '已作废',
}

export const REQUISITION_STATUS_NAMES: Record<RequisitionStatus, string> = {
  draft: '草稿',
  submitted: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  ordered: '已下单',
  done: '已完成',
}
