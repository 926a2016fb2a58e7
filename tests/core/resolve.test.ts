/**
 * items.resolve: a typed or scanned code to an item in one call — barcode, then exact item code, then
 * candidates — on real SQLite through the router.
 */
import { describe, expect, it } from 'vitest'
import { makeApp, setupAdmin } from './helpers'

async function setup() {
  const app = makeApp()
  const admin = await setupAdmin(app)
  // More than 20 items whose text contains "A1": A10 … A199, and names with "A1" in them whose codes sort
  // before A1 — the first page of a text search (20 rows in code order) does not hold A1.
  for (let n = 10; n < 200; n++) await admin('items.create', { code: `A${n}`, name: `物资${n}`, unit: '个' })
  for (let n = 10; n < 35; n++) await admin('items.create', { code: `A0-${n}`, name: `A1 型号${n}`, unit: '包' })
  const a1 = await admin('items.create', { code: 'A1', name: '打印纸', unit: '包' })
  const pen = await admin('items.create', {
    code: 'BG2',
    name: '中性笔',
    unit: '支',
    barcodes: ['6901234567892'],
    packUnits: [{ name: '盒', qtyMilli: 12_000, barcodes: ['16901234567899'] }],
  })
  // A barcode that is also another item's code.
  const labelled = await admin('items.create', { code: 'LB1', name: '标签纸', unit: '卷', barcodes: ['ZZ9'] })
  const zz9 = await admin('items.create', { code: 'ZZ9', name: '胶带', unit: '卷' })
  return { admin, a1, pen, labelled, zz9 }
}

describe('items.resolve', { timeout: 120_000 }, () => {
  it('finds the exact code A1 among more than 20 items whose text matches it, whatever the case', async () => {
    const { admin, a1 } = await setup()
    const listed = await admin('items.list', { search: 'A1', page: 1, pageSize: 20 })
    expect(listed.total).toBeGreaterThan(20)
    expect(listed.rows.some((row) => row.id === a1.id)).toBe(false) // the old lookup's first page missed it
    for (const code of ['A1', 'a1', ' A1 ']) {
      expect(await admin('items.resolve', { code })).toMatchObject({
        kind: 'code',
        item: { id: a1.id, code: 'A1' },
        qtyMilli: 1000,
        unitName: null,
      })
    }
  })

  it('puts a barcode before an item code, and a pack barcode counts its pack', async () => {
    const { admin, pen, labelled } = await setup()
    expect(await admin('items.resolve', { code: 'ZZ9' })).toMatchObject({ kind: 'barcode', item: { id: labelled.id } })
    expect(await admin('items.resolve', { code: '6901234567892' })).toMatchObject({
      kind: 'barcode',
      item: { id: pen.id },
      qtyMilli: 1000,
      unitName: null,
    })
    expect(await admin('items.resolve', { code: '16901234567899' })).toMatchObject({
      kind: 'barcode',
      item: { id: pen.id },
      qtyMilli: 12_000,
      unitName: '盒',
    })
  })

  it('offers up to N active candidates for text that is no code, none for a scan', async () => {
    const { admin } = await setup()
    const typed = await admin('items.resolve', { code: '物资1' })
    expect(typed.kind).toBe('candidates')
    if (typed.kind !== 'candidates') return
    expect(typed.candidates).toHaveLength(20)
    expect(typed.candidates.every((row) => row.name.includes('物资1'))).toBe(true)
    expect(await admin('items.resolve', { code: '物资1', candidates: 5 })).toMatchObject({
      candidates: { length: 5 },
    })
    expect(await admin('items.resolve', { code: '物资1', candidates: 0 })).toEqual({
      kind: 'none',
      badCheckDigit: false,
    })
  })

  it('says when an EAN is misread (wrong check digit) and when nothing matches', async () => {
    const { admin } = await setup()
    expect(await admin('items.resolve', { code: '6901234567893' })).toEqual({ kind: 'none', badCheckDigit: true })
    expect(await admin('items.resolve', { code: 'NOPE' })).toEqual({ kind: 'none', badCheckDigit: false })
  })

  it('returns an inactive item by barcode or code for the screen to refuse, but never as a candidate', async () => {
    const { admin, pen } = await setup()
    await admin('items.update', { ...pen, active: false })
    for (const code of ['16901234567899', 'BG2']) {
      expect(await admin('items.resolve', { code })).toMatchObject({ item: { id: pen.id, active: false } })
    }
    expect(await admin('items.resolve', { code: '中性' })).toEqual({ kind: 'none', badCheckDigit: false })
  })

  it('refuses an empty code with a clear message', async () => {
    const { admin } = await setup()
    await expect(admin('items.resolve', { code: '  ' })).rejects.toMatchObject({ code: 'BAD_INPUT' })
  })
})
