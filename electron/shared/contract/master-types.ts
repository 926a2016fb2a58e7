/** Result types of the master-data methods: suppliers, departments and people, warehouses, categories, units. */
export interface SupplierContact {
  name: string
  role: string
  phone: string
  email: string
}

export interface SupplierQualification {
  name: string
  number: string
  /** YYYY-MM-DD, or null when it does not expire. */
  expiresOn: string | null
}

export interface SupplierItem {
  itemId: number
  itemCode: string
  itemName: string
  unit: string
  supplierItemCode: string
  lastPriceE4: number | null
  leadDays: number | null
  minOrderMilli: number | null
}

export interface Supplier {
  id: number
  code: string
  name: string
  shortName: string
  uscc: string | null
  address: string
  bankName: string
  bankAccount: string
  /** Categories supplied, as free text (办公用品、清洁用品). */
  categories: string
  rating: number | null
  /** Usual delivery time in days; an item's own lead time wins. */
  leadDays: number | null
  notes: string
  active: boolean
  contacts: SupplierContact[]
  qualifications: SupplierQualification[]
  items: SupplierItem[]
}

export interface SupplierListRow {
  id: number
  code: string
  name: string
  shortName: string
  uscc: string | null
  contactName: string
  contactPhone: string
  categories: string
  rating: number | null
  active: boolean
  itemCount: number
  /** Qualifications expired or expiring within 30 days. */
  expiringCount: number
  nextExpiry: string | null
}

export interface Department {
  id: number
  code: string
  name: string
  parentId: number | null
  active: boolean
}

export interface Person {
  id: number
  departmentId: number
  departmentName: string
  name: string
  phone: string
  active: boolean
}

export interface Location {
  id: number
  warehouseId: number
  code: string
  name: string
  active: boolean
}

export interface Category {
  id: number
  parentId: number | null
  name: string
  active: boolean
}

export interface Unit {
  name: string
  decimals: number
}
