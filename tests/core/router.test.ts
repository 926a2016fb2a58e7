import { describe, expect, it } from 'vitest'
import { createClient } from '../../electron/core/router'
import { inputs } from '../../electron/shared/contract'
import { count, makeApp, setupAdmin } from './helpers'
import { readBack } from './xlsx'

describe('router', () => {
  it('answers an unknown method with a typed bilingual error', async () => {
    const app = makeApp()
    const result = await app.router.call(null, 'items.dropTable', {})
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        message: { zh: '未知的操作：items.dropTable', en: 'Unknown method: items.dropTable' },
      },
    })
    // Object prototype names are not methods either.
    expect(await app.router.call(null, 'constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    })
  })

  it('refuses bad input with field details and writes nothing', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const auditBefore = count(app, 'audit_log')
    const error = await admin('items.create', { code: 'bad code!', name: '', unit: '个', extra: 1 }).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ code: 'BAD_INPUT' })
    expect((error as { details: { path: string }[] }).details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['code', 'name']),
    )
    expect((error as { text: { zh: string } }).text.zh).toMatch(/^输入有误/)
    expect(count(app, 'items')).toBe(0)
    expect(count(app, 'audit_log')).toBe(auditBefore)
  })

  it('needs a session for everything but status, setup and login', async () => {
    const app = makeApp()
    await setupAdmin(app)
    const anonymous = createClient(app.router)
    await expect(anonymous('items.list')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', text: { zh: '请先登录' } })
    const forged = createClient(app.router, () => 'not-a-token')
    await expect(forged('items.list')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('audits every mutating call with user, time, method and target, in the same transaction', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const item = await admin('items.create', { code: 'WZ1', name: 'A4复印纸', unit: '包' })
    await admin('items.update', { ...item, name: 'A4复印纸 70g' })
    const rows = app.core.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as {
      user_id: number
      method: string
      target: string
      at: string
      detail: string
    }[]
    expect(rows.map((r) => r.method)).toEqual(['auth.setup', 'items.create', 'items.update'])
    expect(rows.every((r) => r.user_id === 1 && r.at === app.now.toISOString())).toBe(true)
    expect(rows[2].target).toBe(`item:${item.id}`)
    expect(JSON.parse(rows[2].detail)).toMatchObject({ before: { name: 'A4复印纸' }, after: { name: 'A4复印纸 70g' } })
    // Reads are not audited.
    await admin('items.list')
    expect(count(app, 'audit_log')).toBe(3)
    expect(() => app.core.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
  })

  it('maps unexpected failures to INTERNAL without leaking details', async () => {
    const logged: unknown[] = []
    const app = makeApp({ log: (e) => logged.push(e) })
    const admin = await setupAdmin(app)
    app.core.db.exec('DROP TABLE item_barcodes')
    await expect(admin('items.findByBarcode', { barcode: '123' })).rejects.toMatchObject({
      code: 'INTERNAL',
      text: { zh: '内部错误，请联系管理员' },
    })
    expect(logged).toHaveLength(1)
  })
})

describe('table export', () => {
  it('writes a list the screen holds as .xlsx, and refuses oversized input', async () => {
    const app = makeApp()
    const admin = await setupAdmin(app)
    const file = await admin('files.exportTable', {
      fileName: '部门',
      sheetName: '部门',
      headers: ['编码', '名称'],
      rows: [
        ['D01', '校长办公室'],
        ['D03', '后勤管理处'],
      ],
    })
    expect(file.fileName).toBe('部门.xlsx')
    expect(await readBack(file.base64)).toEqual([
      ['编码', '名称'],
      ['D01', '校长办公室'],
      ['D03', '后勤管理处'],
    ])
    const tooMany = {
      fileName: 'x',
      sheetName: 'x',
      headers: ['a'],
      rows: Array.from({ length: inputs.TABLE_EXPORT_ROWS + 1 }, () => ['1']),
    }
    await expect(admin('files.exportTable', tooMany)).rejects.toMatchObject({ code: 'BAD_INPUT' })
  })
})
