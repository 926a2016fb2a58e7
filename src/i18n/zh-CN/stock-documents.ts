import { SUBTYPE_NAMES } from '@shared/names'

/** 入库单, 出库单 and 调拨单: what differs by type and subtype, the list filters, and 红冲. */
const supplier = '供应商'

export default {
  docs: {
    kinds: {
      RK: {
        nav: '入库',
        title: '入库单',
        newTitle: '新建入库单',
        create: '新建入库单',
        warehouse: '入库仓库',
        notePlaceholder: '送货单号等',
        confirmPostTitle: '审核入库单',
        confirmPost: '审核后库存立即增加，单据不能再修改。确定审核吗？',
        exportName: '入库单',
      },
      CK: {
        nav: '出库',
        title: '出库单',
        newTitle: '新建出库单',
        create: '新建出库单',
        warehouse: '出库仓库',
        notePlaceholder: '用途等',
        confirmPostTitle: '审核出库单',
        confirmPost: '审核后库存立即减少，金额按移动加权平均成本计算，单据不能再修改。确定审核吗？',
        exportName: '出库单',
      },
      DB: {
        nav: '调拨',
        title: '调拨单',
        newTitle: '新建调拨单',
        create: '新建调拨单',
        warehouse: '调出仓库',
        notePlaceholder: '调拨原因等',
        confirmPostTitle: '审核调拨单',
        confirmPost: '审核后物资立即从调出仓库转入调入仓库，按调出仓库的平均成本计价，单据不能再修改。确定审核吗？',
        exportName: '调拨单',
      },
    },
    subtypes: { ...SUBTYPE_NAMES },
    /** Header labels per subtype: a 领用 names its 领用部门, a 退库 its 退库部门. */
    labels: {
      other: { supplier },
      purchase: { supplier },
      opening: {},
      return_in: { department: '退库部门', person: '退库人', reason: '退库原因' },
      surplus: { reason: '盘盈原因' },
      issue: { department: '领用部门', person: '领用人' },
      return_supplier: { supplier: '退货供应商', reason: '退货原因' },
      scrap: { reason: '报损原因' },
      shortage: { reason: '盘亏原因' },
      transfer: { toWarehouse: '调入仓库' },
      stocktake: {},
    },
    fields: {
      subtype: '业务类型',
      source: '来源单据',
      reverses: '冲销原单',
      reversedBy: '红冲单',
    },
    placeholders: {
      department: '选择部门，可输入名称筛选',
      person: '选填，先选部门',
      supplier: '输入名称或编码查找',
      reason: { required: '必填，如：过期、破损', optional: '选填' },
    },
    errors: {
      toWarehouseRequired: '请选择调入仓库',
      sameWarehouse: '调出仓库和调入仓库不能相同',
      departmentRequired: '请选择{label}',
      supplierRequired: '请选择{label}',
      reasonRequired: '请填写{label}',
      itemInactive: '物资「{name}」已停用，不能用于新单据',
    },
    columns: {
      subtype: '业务类型',
      party: '部门 / 供应商',
      toWarehouse: '调入仓库',
      reason: '原因',
    },
    filters: {
      subtype: '业务类型',
      status: '状态',
      dateStart: '开始日期',
      dateEnd: '结束日期',
      warehouse: '仓库',
      department: '部门',
      supplier: '供应商',
      item: '包含物资',
      search: '单号',
      reset: '重置',
    },
    tags: { reversal: '红冲', reversed: '已红冲' },
    reverse: {
      action: '红冲',
      title: '红冲 {docNo}',
      content: {
        RK: '将生成一张红字入库单，日期同原单（{date}），冲销原单的全部数量和金额，库存随即减少。原单保留不变、标为「已红冲」。如这批物资已经出库，库存不足时不能红冲。红冲后不能撤销，确定吗？',
        CK: '将生成一张红字出库单，日期同原单（{date}），把原单出库的数量和金额退回库存。原单保留不变、标为「已红冲」。红冲后不能撤销，确定吗？',
        DB: '将生成一张红字调拨单，日期同原单（{date}），把物资从调入仓库退回调出仓库。调入仓库库存不足时不能红冲。原单保留不变、标为「已红冲」。红冲后不能撤销，确定吗？',
      },
      positive: '确定红冲',
      done: '已红冲，红冲单号 {docNo}',
    },
  },
}
