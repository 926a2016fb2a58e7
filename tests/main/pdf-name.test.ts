/** PDF file names: Chinese titles and numbers kept, anything Windows would misread made safe. */
import { describe, expect, it } from 'vitest'
import { MAX_NAME, pdfFileName, safeFileName } from '../../electron/main/pdf-name'

describe('pdfFileName', () => {
  it.each([
    ['/print/stock-in/12', '入库单-12.pdf'],
    ['/print/stock-out/RK20240101-001', '出库单-RK20240101-001.pdf'],
    ['/print/order/CG20240101001', '采购订单-CG20240101001.pdf'],
    ['/print/requisition/5', '采购申请单-5.pdf'],
    ['/print/transfer/3', '调拨单-3.pdf'],
    ['/print/stocktake/9', '盘点表-9.pdf'],
    ['/print', '单据.pdf'],
    ['/print/unknown-kind/4', 'unknown-kind-4.pdf'],
    ['/print/constructor/1', 'constructor-1.pdf'], // not Object.prototype.constructor's source text
    ['/print/__proto__', '__proto__.pdf'],
    ['/print/CON', '_CON.pdf'],
    ['/print/nul', '_nul.pdf'],
    ['/print/order\\..\\..\\x', '采购订单-..-..-x.pdf'],
  ])('%s → %s', (route, name) => {
    expect(pdfFileName(route)).toBe(name)
  })

  it('keeps a long route to one name of bounded length', () => {
    const name = pdfFileName('/print/order/' + 'A'.repeat(190))
    expect(name.length).toBe(MAX_NAME + '.pdf'.length)
    expect(name.startsWith('采购订单-AAA')).toBe(true)
  })
})

describe('safeFileName', () => {
  it.each([
    ['入库单-RK二〇二四-001', '入库单-RK二〇二四-001'],
    ['采购订单 CG-2024/001', '采购订单 CG-2024_001'],
    ['a\\b/c', 'a_b_c'],
    ['C:\\Windows\\x', 'C__Windows_x'],
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['what?*<>|"', 'what______'],
    ['tab\there\nnewline', 'tab_here_newline'],
    ['单据\u202Efdp.exe', '单据_fdp.exe'], // a right-to-left override cannot disguise the extension
    ['zero\u200Bwidth', 'zero_width'],
    ['  trimmed  ', 'trimmed'],
    ['ends with dots...', 'ends with dots'],
    ['ends with dot and space. .', 'ends with dot and space'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['Aux', '_Aux'],
    ['NUL ', '_NUL'],
    ['COM1', '_COM1'],
    ['lpt9.pdf', '_lpt9.pdf'],
    ['COM¹', '_COM¹'],
    ['CONSOLE', 'CONSOLE'],
    ['COM10', 'COM10'],
    ['AUX-1', 'AUX-1'],
    ['e\u0301', 'é'], // NFC: one code point, as Windows and macOS store it
  ])('%j → %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe)
  })

  it.each(['', '   ', '...', '///', '\u0000', '\u202E'])('falls back to 单据 for %j', (raw) => {
    expect(safeFileName(raw)).toBe('单据')
    expect(safeFileName(raw, 'document')).toBe('document')
  })

  it('cuts long names at whole code points, never half an emoji or a Chinese character', () => {
    const chinese = safeFileName('采'.repeat(300))
    expect(Array.from(chinese)).toHaveLength(MAX_NAME)
    const emoji = safeFileName('a' + '📦'.repeat(200))
    expect(Array.from(emoji)).toHaveLength(MAX_NAME)
    expect(emoji.endsWith('📦')).toBe(true)
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/) // no lone high surrogate
  })
})
