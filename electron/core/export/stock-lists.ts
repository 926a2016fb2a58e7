/** The stock screens' exports: 入库 / 出库 / 调拨 lists, 盘点单, and 库存 (on hand, also 低库存). */
import type { DocType, StockDocumentSummary } from '../../shared/contract'
import { averagePriceE4 } from '../../shared/money'
import { DOC_STATUS_NAMES, STOCKTAKE_STATUS_NAMES, SUBTYPE_NAMES } from '../../shared/names'
import { defineExport } from './spec'

/** The list's own names, as the screens show them. */
const KIND_NAMES: Record<DocType, { name: string; warehouse: string }> = {
  RK: { name: '入库单', warehouse: '入库仓库' },
  CK: { name: '出库单', warehouse: '出库仓库' },
  DB: { name: '调拨单', warehouse: '调出仓库' },
  PD: { name: '盘点单', warehouse: '仓库' },
}

/** Department (and person) or supplier: whom the goods came from or went to. */
function party(row: StockDocumentSummary): string {
  if (row.departmentName) return row.personName ? `${row.departmentName} · ${row.personName}` : row.departmentName
  return row.supplierName ?? ''
}
function reversalMark(row: StockDocumentSummary): string {
  if (row.reversesId) return `红冲 ${row.reversesNo ?? ''}`.trim()
  if (row.reversedById) return `已红冲 ${row.reversedByNo ?? ''}`.trim()
  return ''
}

/**
 * 入库单 / 出库单 / 调拨单 as the list shows them: a 红冲 row has its quantity negative (its amount comes
 * negative already), so the sheet adds up like the ledger; an unposted issue or transfer has no amount yet.
 */
export const stockDocumentsExport = defineExport({
  method: 'stock.list',
  name: (filters) => KIND_NAMES[filters.docType ?? 'RK'].name,
  columns: (filters) => {
    const transfer = filters.docType === 'DB'
    return [
      { header: '单号', kind: 'text', width: 18 },
      { header: '业务日期', width: 12 },
      ...(transfer ? [] : [{ header: '业务类型' }]),
      { header: KIND_NAMES[filters.docType ?? 'RK'].warehouse },
      { header: transfer ? '调入仓库' : '部门 / 供应商', width: 22 },
      { header: '数量合计', kind: 'qty' },
      { header: '金额合计', kind: 'fen' },
      { header: '状态', width: 8 },
      { header: '红冲', width: 20 },
      { header: '制单人' },
      { header: '审核人' },
      { header: '原因', width: 20 },
      { header: '备注', width: 20 },
    ]
  },
  cells: (row, filters) => {
    const transfer = filters.docType === 'DB'
    const priced = row.docType === 'RK' || row.status === 'posted'
    return [
      row.docNo ?? '（未审核）',
      row.businessDate,
      ...(transfer ? [] : [SUBTYPE_NAMES[row.subtype]]),
      row.warehouseName,
      transfer ? (row.toWarehouseName ?? '') : party(row),
      row.reversesId ? -row.totalQtyMilli : row.totalQtyMilli,
      priced ? row.totalFen : null,
      DOC_STATUS_NAMES[row.status],
      reversalMark(row),
      row.createdBy,
      row.postedBy ?? '',
      row.reason,
      row.note,
    ]
  },
})

export const stocktakesExport = defineExport({
  method: 'stock.list',
  name: () => KIND_NAMES.PD.name,
  columns: () => [
    { header: '单号', kind: 'text', width: 18 },
    { header: '日期', width: 12 },
    { header: '仓库' },
    { header: '状态', width: 8 },
    { header: '制单人' },
    { header: '过账人' },
    { header: '备注', width: 20 },
  ],
  cells: (row) => [
    row.docNo ?? '（未过账）',
    row.businessDate,
    row.warehouseName,
    STOCKTAKE_STATUS_NAMES[row.status],
    row.createdBy,
    row.postedBy ?? '',
    row.note,
  ],
})

/** 库存 (or 低库存): the columns on screen; the average is value ÷ quantity, none at zero or below. */
export const onHandExport = defineExport({
  method: 'stock.onHand',
  name: (filters) => (filters.lowOnly ? '低库存' : '库存'),
  columns: () => [
    { header: '物资编码', kind: 'text' },
    { header: '名称', width: 22 },
    { header: '规格型号', width: 18 },
    { header: '分类' },
    { header: '库位' },
    { header: '仓库' },
    { header: '库存数量', kind: 'qty' },
    { header: '单位', width: 8 },
    { header: '平均单价', kind: 'price' },
    { header: '库存金额', kind: 'fen' },
    { header: '最低库存', kind: 'qty' },
    { header: '最高库存', kind: 'qty' },
    { header: '低于下限', width: 10 },
  ],
  cells: (row) => [
    row.itemCode,
    row.itemName,
    row.itemSpec,
    row.categoryName ?? '',
    row.locationName ?? '',
    row.warehouseName,
    row.qtyMilli,
    row.unit,
    row.qtyMilli > 0 ? averagePriceE4(row.valueFen, row.qtyMilli) : null,
    row.valueFen,
    row.minMilli === 0 ? null : row.minMilli,
    row.maxMilli,
    row.low ? '低于下限' : '',
  ],
})
