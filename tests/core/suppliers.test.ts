import { describe, expect, it } from 'vitest'
import { count, makeApp, setupAdmin, userClient } from './helpers'
import { exportList, readBack, workbook } from './xlsx'

const chenguang = {
  code: 'GYS001',
  name: '西安晨光文具有限公司',
  shortName: '晨光文具',
  uscc: '9111010812788988X5',
  bankName: '中国工商银行西安分行',
  bankAccount: '0485645545880812555',
  contacts: [
    { name: '张主管', role: '销售', phone: '13856851652', email: 'zhang@example.cn' },
    { name: '李会计', role: '财务', phone: '029-88886666' },
  ],
}

describe('suppliers', () => {
  it('keeps contacts, items supplied and qualifications, and validates the 统一社会信用代码', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const pen = await admin('items.create', { name: '中性笔', unit: '支' })
    const supplier = await admin('suppliers.create', {
      ...chenguang,
      items: [{ itemId: pen.id, supplierItemCode: 'CG-0.5', lastPriceE4: 16_000, leadDays: 3 }],
      qualifications: [{ name: '营业执照', number: 'YY001', expiresOn: '2027-01-01' }],
    })
    expect(supplier.contacts).toHaveLength(2)
    expect(supplier.items[0]).toMatchObject({ itemName: '中性笔', lastPriceE4: 16_000, leadDays: 3 })
    await expect(
      admin('suppliers.create', { ...chenguang, code: 'GYS002', uscc: '9111010812788988X4' }),
    ).rejects.toMatchObject({
      text: { zh: '统一社会信用代码「9111010812788988X4」校验位错误，应为 5' },
    })
    await expect(admin('suppliers.create', { ...chenguang, code: 'GYS002' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await expect(admin('suppliers.create', { ...chenguang, uscc: null })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(count(app, 'suppliers')).toBe(1)
  })

  it('warns about qualifications expiring within 30 days, and finds suppliers by 拼音首字母 and contact', async () => {
    const app = makeApp() // today is 2026-11-26
    const admin = await setupAdmin(app)
    await admin('suppliers.create', { ...chenguang, qualifications: [{ name: '营业执照', expiresOn: '2026-12-20' }] })
    await admin('suppliers.create', {
      code: 'GYS002',
      name: '上海得力办公有限公司',
      qualifications: [{ name: '营业执照', expiresOn: '2027-06-30' }],
    })
    const expiring = await admin('suppliers.list', { expiringOnly: true })
    expect(expiring.rows.map((r) => [r.code, r.expiringCount, r.nextExpiry])).toEqual([['GYS001', 1, '2026-12-20']])
    const find = async (search: string) => (await admin('suppliers.list', { search })).rows.map((r) => r.code)
    expect(await find('cgwj')).toEqual(['GYS001'])
    expect(await find('shdl')).toEqual(['GYS002'])
    expect(await find('李会计')).toEqual(['GYS001'])
  })

  it('lets purchasers edit suppliers but not storekeepers, and audits before and after', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const buyer = await userClient(app, admin, 'buyer', 'purchaser')
    const keeper = await userClient(app, admin, 'keeper', 'storekeeper')
    const supplier = await buyer('suppliers.create', chenguang)
    await expect(keeper('suppliers.update', { ...chenguang, id: supplier.id, rating: 5 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await buyer('suppliers.update', { ...chenguang, id: supplier.id, rating: 5, active: false })
    const audit = app.core.db.prepare("SELECT detail FROM audit_log WHERE method = 'suppliers.update'").get() as {
      detail: string
    }
    expect(JSON.parse(audit.detail)).toMatchObject({
      before: { rating: null, active: true },
      after: { rating: 5, active: false },
    })
    expect((await keeper('suppliers.list', {})).total).toBe(0)
    expect((await keeper('suppliers.list', { includeInactive: true })).total).toBe(1)
  })

  it('imports from Excel all-or-nothing and exports back', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const headers = [
      '供应商编码*',
      '供应商名称*',
      '简称',
      '统一社会信用代码',
      '联系人',
      '电话',
      '开户银行',
      '银行账号',
      '供货周期(天)',
    ]
    const rows: (string | number)[][] = [
      [
        'GYS001',
        '西安晨光文具有限公司',
        '晨光文具',
        '9111010812788988X5',
        '张主管',
        '13856851652',
        '工行',
        '0485645545880812555',
        10,
      ],
      [
        'GYS002',
        '上海得力办公有限公司',
        '得力办公',
        '911101087477561990',
        '李经理',
        '18679439555',
        '招行',
        '4795882024392126901',
        'x',
      ],
    ]
    const bad = await admin('suppliers.import', { base64: await workbook(headers, rows) })
    expect(bad.issues).toEqual([
      { row: 3, column: '统一社会信用代码', message: '统一社会信用代码「911101087477561990」校验位错误，应为 9' },
      { row: 3, column: '供货周期(天)', message: '供货周期「x」应为天数' },
    ])
    expect(count(app, 'suppliers')).toBe(0)
    rows[1][3] = '911101087477561999'
    rows[1][8] = 10
    expect(await admin('suppliers.import', { base64: await workbook(headers, rows) })).toMatchObject({
      ok: true,
      imported: 2,
    })
    const { file } = await exportList(admin, 'suppliers', { search: '得力' })
    const back = await readBack(file.base64)
    expect(back.map((r) => r[0])).toEqual(['供应商编码', 'GYS002'])
    expect((await admin('suppliers.get', { id: 2 })).contacts).toEqual([
      { name: '李经理', role: '', phone: '18679439555', email: '' },
    ])
  })
})

describe('departments, people, warehouses, categories', () => {
  it('keeps a department tree and refuses cycles', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const logistics = await admin('departments.create', { code: 'D03', name: '后勤管理处' })
    const canteen = await admin('departments.create', { code: 'D0302', name: '饮食服务中心', parentId: logistics.id })
    await expect(admin('departments.update', { ...logistics, parentId: canteen.id })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
    await expect(admin('departments.create', { code: 'd03', name: '重复' })).rejects.toMatchObject({ code: 'CONFLICT' })
    const person = await admin('people.create', { departmentId: canteen.id, name: '王师傅', phone: '13800000000' })
    expect(person.departmentName).toBe('饮食服务中心')
    await admin('people.update', { id: person.id, departmentId: canteen.id, name: person.name, active: false })
    expect(await admin('people.list', {})).toEqual([])
  })

  it('keeps warehouses with locations, and at least one active warehouse', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const [main] = await admin('warehouses.list')
    await expect(admin('warehouses.update', { ...main, active: false })).rejects.toMatchObject({ code: 'CONFLICT' })
    const lab = await admin('warehouses.create', { code: 'WH02', name: '实验耗材库' })
    await admin('locations.create', { warehouseId: lab.id, code: 'A-01-01', name: '货架A一层' })
    await expect(admin('locations.create', { warehouseId: lab.id, code: 'A-01-01' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect((await admin('locations.list', { warehouseId: lab.id })).map((l) => l.code)).toEqual(['A-01-01'])
  })

  it('filters items by a category and its descendants, and imports by category path', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const office = await admin('categories.create', { name: '办公用品' })
    const paper = await admin('categories.create', { name: '纸张', parentId: office.id })
    await admin('items.create', { code: 'A', name: '复印纸', unit: '包', categoryId: paper.id })
    await admin('items.create', { code: 'B', name: '拖把', unit: '把' })
    expect((await admin('items.list', { categoryId: office.id })).rows.map((r) => [r.code, r.categoryName])).toEqual([
      ['A', '纸张'],
    ])
    const report = await admin('items.importCheck', {
      base64: await workbook(
        ['物资名称', '基本单位', '分类'],
        [
          ['便签', '本', '办公用品/纸张'],
          ['胶带', '卷', '不存在'],
        ],
      ),
    })
    expect(report.issues).toEqual([{ row: 3, column: '分类', message: '未知分类「不存在」' }])
  })
})
