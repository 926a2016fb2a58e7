import type { DocSubtype, DocType } from '@shared/contract'
import type { IconName } from '@/components/icons'

/** The document types kept with the document editor; 盘点单 has a screen of its own. */
export type EditorDocType = Exclude<DocType, 'PD'>

/** What differs between 入库单, 出库单 and 调拨单 on the list and editor screens. */
export interface DocKind {
  docType: EditorDocType
  /** Route names of the list, the new-document editor and the editor of a saved document. */
  routes: { list: string; create: string; edit: string }
  /** The prefix of the list's own test ids (stock-in-table, stock-in-new …), kept from the first screen. */
  testPrefix: string
  /**
   * Subtypes a document made in the editor may have. 期初 comes only from the opening import;
   * the list still shows and filters every subtype of the type.
   */
  subtypes: readonly DocSubtype[]
  /** 入库 carries its own unit prices; 出库 and 调拨 are valued by the ledger when posted. */
  priced: boolean
  icon: IconName
}

export const DOC_KINDS: Record<EditorDocType, DocKind> = {
  RK: {
    docType: 'RK',
    routes: { list: 'stock-in', create: 'stock-in-new', edit: 'stock-in-edit' },
    testPrefix: 'stock-in',
    subtypes: ['other', 'return_in', 'surplus'],
    priced: true,
    icon: 'stockIn',
  },
  CK: {
    docType: 'CK',
    routes: { list: 'stock-out', create: 'stock-out-new', edit: 'stock-out-edit' },
    testPrefix: 'stock-out',
    subtypes: ['issue', 'return_supplier', 'scrap', 'shortage'],
    priced: false,
    icon: 'stockOut',
  },
  DB: {
    docType: 'DB',
    routes: { list: 'transfers', create: 'transfer-new', edit: 'transfer-edit' },
    testPrefix: 'transfer',
    subtypes: ['transfer'],
    priced: false,
    icon: 'transfer',
  },
}

export const isEditorDocType = (docType: DocType): docType is EditorDocType => docType !== 'PD'

/** The kind whose list or editor a route name belongs to, or null for any other page. */
export function kindOfRoute(name: unknown): DocKind | null {
  return Object.values(DOC_KINDS).find((kind) => Object.values(kind.routes).some((route) => route === name)) ?? null
}

/** Where a document of any type opens: its own editor (a 盘点单 has none here). */
export function documentRoute(doc: { id: number; docType: DocType }): { name: string; params: { id: number } } | null {
  return isEditorDocType(doc.docType) ? { name: DOC_KINDS[doc.docType].routes.edit, params: { id: doc.id } } : null
}
