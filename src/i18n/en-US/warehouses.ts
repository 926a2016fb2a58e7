import type { MessageSchema } from '../zh-CN'

/** English — the warehouses and locations screen. */
export default {
  warehouses: {
    title: 'Warehouses & locations',
    // Short: the side menu is 200 px wide.
    nav: 'Warehouses',
    list: 'Warehouses',
    create: 'New warehouse',
    edit: 'Edit warehouse',
    fields: { code: 'Code', name: 'Name', active: 'Active' },
    placeholders: { code: 'e.g. WH01', name: 'e.g. General store' },
    rules: { code: 'Code: 1–32 letters, digits, _ . -', name: 'Enter the warehouse name' },
    columns: { code: 'Code', name: 'Warehouse', status: 'Status' },
    exportName: 'Warehouses',
    created: 'Warehouse "{name}" created',
    updated: 'Warehouse "{name}" saved',
  },
  locations: {
    title: 'Locations',
    ofWarehouse: 'Locations · {warehouse}',
    pickWarehouse: 'Choose a warehouse on the left to see and keep its locations',
    create: 'New location',
    edit: 'Edit location',
    fields: { warehouse: 'Warehouse', code: 'Code', name: 'Name', active: 'Active' },
    placeholders: { code: 'e.g. A-01-02', name: 'e.g. Aisle A, rack 1, shelf 2 (optional)' },
    rules: { code: 'Code: 1–32 letters, digits, _ . -' },
    columns: { warehouse: 'Warehouse', code: 'Code', name: 'Name', status: 'Status' },
    exportName: 'Locations',
    created: 'Location "{name}" created',
    updated: 'Location "{name}" saved',
  },
} satisfies Pick<MessageSchema, 'warehouses' | 'locations'>
