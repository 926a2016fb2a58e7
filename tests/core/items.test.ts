import { describe, expect, it } from 'vitest'
import { count, makeApp, setupAdmin } from './helpers'
import { exportList, readBack, readSheets, workbook } from './xlsx'

const HEADERS = [
  '物资编码',
  '物资名称*',
  '规格型号',
  '分类',
  '基本单位*',
  '包装单位',
  '包装换算',
  '条码',
  '包装条码',
  '最低库存',
  '最高库存',
  '参考单价',
]

describe('items', () => {
  it('generates codes by the configured rule when none is typed', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    expect((await admin('items.create', { name: '中性笔', unit: '支' })).code).toBe('WZ00001')
    await admin('items.create', { code: 'WZ00041', name: '订书机', unit: '个' })
    expect((await admin('items.create', { name: '文件夹', unit: '个' })).code).toBe('WZ00042')
  })

  it('converts pack barcodes exactly: a scanned box of 12 counts 12', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const pen = await admin('items.create', {
      name: '中性笔',
      unit: '支',
      barcodes: ['6940636083777'],
      packUnits: [{ name: '盒', qtyMilli: 12_000, barcodes: ['6923374068121'] }],
    })
    expect(pen.packUnits).toEqual([{ name: '盒', qtyMilli: 12_000, barcodes: ['6923374068121'] }])
    expect(await admin('items.findByBarcode', { barcode: '6923374068121' })).toMatchObject({
      qtyMilli: 12_000,
      unitName: '盒',
    })
    expect(await admin('items.findByBarcode', { barcode: '6940636083777' })).toMatchObject({
      qtyMilli: 1_000,
      unitName: null,
    })
    const flour = { name: '面粉', unit: 'kg', unitDecimals: 3, packUnits: [{ name: '袋', qtyMilli: 25_000 }] }
    expect((await admin('items.create', flour)).packUnits[0].qtyMilli).toBe(25_000)
    await expect(
      admin('items.create', { name: '螺丝', unit: '个', packUnits: [{ name: '盒', qtyMilli: 1_500 }] }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
  })

  it('refuses wrong check digits naming the expected digit, duplicates and unknown units', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await expect(admin('items.create', { name: '纸', unit: '包', barcodes: ['6961417776313'] })).rejects.toMatchObject({
      text: { zh: '条码 6961417776313 的校验位错误（EAN-13），应为 2' },
    })
    await admin('items.create', { code: 'A1', name: '纸', unit: '包', barcodes: ['6961417776312'] })
    await expect(admin('items.create', { code: 'a1', name: '纸2', unit: '包' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await expect(
      admin('items.create', {
        name: '纸3',
        unit: '包',
        packUnits: [{ name: '箱', qtyMilli: 5_000, barcodes: ['6961417776312'] }],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(admin('items.create', { name: '纸4', unit: '坨' })).rejects.toMatchObject({
      text: { zh: '未知单位「坨」，请先在单位列表中添加' },
    })
    expect(count(app, 'items')).toBe(1)
  })

  it('generates unused in-store EAN-13 barcodes', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const a = await admin('items.generateBarcode')
    const b = await admin('items.generateBarcode')
    expect(a.barcode).toMatch(/^20\d{11}$/)
    expect(b.barcode).not.toBe(a.barcode)
    await admin('items.create', { name: '自制标签物资', unit: '个', barcodes: [a.barcode] })
  })

  it('deletes an item without history, deactivates one with history', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const fresh = await admin('items.create', { name: '新物资', unit: '个' })
    await admin('items.delete', { id: fresh.id })
    expect(count(app, 'items')).toBe(0)
    const used = await admin('items.create', { name: '旧物资', unit: '个', barcodes: ['6958683449781'] })
    await admin('stock.createDraft', {
      requestId: crypto.randomUUID(),
      docType: 'RK',
      warehouseId: 1,
      businessDate: '2026-11-26',
      lines: [{ itemId: used.id, qtyMilli: 1_000 }],
    })
    await expect(admin('items.delete', { id: used.id })).rejects.toMatchObject({ code: 'CONFLICT' })
    const inactive = await admin('items.update', { ...used, active: false })
    expect(inactive.active).toBe(false)
    expect((await admin('items.list', {})).total).toBe(0)
    expect((await admin('items.list', { includeInactive: true })).total).toBe(1)
  })

  it('finds items by code prefix, name, spec, barcode and 拼音首字母 in one box', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await admin('items.create', {
      code: 'WZ10001',
      name: '办公纸',
      spec: '70g',
      unit: '包',
      barcodes: ['6961417776312'],
    })
    await admin('items.create', { code: 'WZ20001', name: '中性笔', spec: '0.5mm 黑色', unit: '支' })
    const find = async (search: string) => (await admin('items.list', { search })).rows.map((r) => r.code)
    expect(await find('bgz')).toEqual(['WZ10001'])
    expect(await find('ZXB')).toEqual(['WZ20001'])
    expect(await find('WZ2')).toEqual(['WZ20001'])
    expect(await find('性笔')).toEqual(['WZ20001'])
    expect(await find('黑色')).toEqual(['WZ20001'])
    expect(await find('6961417776312')).toEqual(['WZ10001'])
    expect(await find('50%')).toEqual([])
  })

  it('keeps an optional photo, checked by its bytes, and drops it with the item', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const item = await admin('items.create', { name: '拖把', unit: '把' })
    expect(await admin('items.getPhoto', { id: item.id })).toBeNull()
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64')
    await admin('items.setPhoto', { id: item.id, base64: png })
    expect(await admin('items.getPhoto', { id: item.id })).toEqual({ mime: 'image/png', base64: png })
    const text = Buffer.from('<svg onload=alert(1)>').toString('base64')
    await expect(admin('items.setPhoto', { id: item.id, base64: text })).rejects.toMatchObject({
      text: { zh: '照片只能是 JPG、PNG 或 WebP 图片' },
    })
    await admin('items.setPhoto', { id: item.id, base64: null })
    expect(await admin('items.getPhoto', { id: item.id })).toBeNull()
    await admin('items.setPhoto', { id: item.id, base64: png })
    await admin('items.delete', { id: item.id })
    expect(count(app, 'item_photos')).toBe(0)
  })

  it('marks low stock against the per-warehouse minimum', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const item = await admin('items.create', {
      name: '垃圾袋',
      unit: '卷',
      stockLimits: [{ warehouseId: 1, minMilli: 5_000 }],
    })
    expect((await admin('items.list', { lowStockOnly: true })).rows.map((r) => r.id)).toEqual([item.id])
    const doc = await admin('stock.createDraft', {
      requestId: crypto.randomUUID(),
      docType: 'RK',
      warehouseId: 1,
      businessDate: '2026-11-26',
      lines: [{ itemId: item.id, qtyMilli: 6_000 }],
    })
    await admin('stock.post', { id: doc.id })
    const [row] = (await admin('items.list', {})).rows
    expect(row).toMatchObject({ onHandMilli: 6_000, lowStock: false })
  })
})

describe('items from Excel', () => {
  const good = (i: number): (string | number)[] => [
    `T${String(i).padStart(4, '0')}`,
    `测试物资${i}`,
    '规格',
    '',
    '个',
    '箱',
    '12',
    '',
    '',
    '5',
    '20',
    '1.5',
  ]

  it('reports every bad row with its row and column, and imports nothing until the file is clean', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const rows = Array.from({ length: 30 }, (_, i) => good(i + 1))
    rows[4] = [...good(5).slice(0, 4), '坨', ...good(5).slice(5)] // unknown unit, Excel row 6
    rows[9] = [...good(10).slice(0, 7), '6961417776313', ...good(10).slice(8)] // bad check digit, row 11
    rows[19] = ['T0001', ...good(20).slice(1)] // duplicate code of row 2, row 21
    const base64 = await workbook(HEADERS, rows)
    const report = await admin('items.import', { fileName: 'bad.xlsx', base64 })
    expect(report.ok).toBe(false)
    expect(report.issues).toEqual([
      { row: 6, column: '基本单位', message: '未知单位「坨」' },
      { row: 11, column: '条码', message: '条码 6961417776313 的校验位错误（EAN-13），应为 2' },
      { row: 21, column: '物资编码', message: '编码 T0001 与第 2 行重复' },
    ])
    expect(count(app, 'items')).toBe(0)

    rows[4] = good(5)
    rows[9] = good(10)
    rows[19] = good(20)
    const fixed = await workbook(HEADERS, rows)
    expect(await admin('items.importCheck', { base64: fixed })).toMatchObject({ ok: true, rowCount: 30, imported: 0 })
    expect(count(app, 'items')).toBe(0)
    expect(await admin('items.import', { base64: fixed })).toMatchObject({ ok: true, imported: 30 })
    const item = (await admin('items.list', { search: 'T0007' })).rows[0]
    expect(item).toMatchObject({ name: '测试物资7', unit: '个', refPriceE4: 15_000 })
    expect(item.packUnits).toEqual([{ name: '箱', qtyMilli: 12_000, barcodes: [] }])
    expect(item.stockLimits).toEqual([{ warehouseId: 1, minMilli: 5_000, maxMilli: 20_000 }])
  })

  it('refuses a file without the required columns, and a file that is not a workbook', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const report = await admin('items.importCheck', { base64: await workbook(['名字'], [['纸']]) })
    expect(report.issues.map((i) => i.message)).toEqual(['缺少必填列「物资名称」', '缺少必填列「基本单位」'])
    await expect(
      admin('items.importCheck', { base64: Buffer.from('not excel').toString('base64') }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
  })

  it('exports the filtered list and reads back the same rows', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    await admin('items.create', {
      code: 'A1',
      name: '办公纸',
      unit: '包',
      barcodes: ['6961417776312'],
      refPriceE4: 245_000,
    })
    await admin('items.create', { code: 'B1', name: '拖把', unit: '把' })
    const { file } = await exportList(admin, 'items', { search: 'bgz' })
    expect(file.fileName).toMatch(/\.xlsx$/)
    const [{ rows }] = await readSheets(file.base64)
    expect(rows).toHaveLength(2)
    expect(rows[1].slice(0, 8)).toEqual(['A1', '办公纸', null, null, '包', null, null, '6961417776312'])
    expect(rows[1][11]).toBe(24.5)
    const template = await admin('items.importTemplate')
    expect((await readBack(template.base64))[0][1]).toBe('物资名称*')
  })
})
