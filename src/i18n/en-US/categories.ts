import type { MessageSchema } from '../zh-CN'

/** English — the categories and units screen. */
export default {
  categories: {
    title: 'Categories & units',
    nav: 'Categories & units',
    tree: 'Item categories',
    create: 'New category',
    edit: 'Edit category',
    editSelected: 'Edit',
    empty: 'No categories yet',
    fields: { name: 'Name', parent: 'Parent', active: 'Active' },
    placeholders: { name: 'e.g. Office supplies', parent: 'None: a top-level category' },
    rules: {
      name: 'Enter the category name',
    },
    columns: { path: 'Path', name: 'Category', parent: 'Parent', status: 'Status' },
    exportName: 'Categories',
    created: 'Category "{name}" created',
    updated: 'Category "{name}" saved',
  },
  units: {
    title: 'Units of measure',
    create: 'New unit',
    edit: 'Edit unit',
    fields: { name: 'Unit', decimals: 'Decimals' },
    placeholders: { name: 'e.g. pc, box, kg' },
    decimalsText: { '0': 'Whole numbers', '1': 'To 0.1', '2': 'To 0.01', '3': 'To 0.001' },
    hints: {
      decimals:
        'How many decimals a quantity may have: 0 = whole numbers, 3 = to 0.001. A unit used by items keeps its decimals.',
    },
    rules: {
      name: 'Enter the unit (at most 8 characters)',
      exists: 'Unit "{name}" already exists: edit it in the list',
      decimals: 'Decimals: a whole number from 0 to 3',
    },
    columns: { name: 'Unit', decimals: 'Decimals', meaning: 'Precision' },
    exportName: 'Units',
    saved: 'Unit "{name}" saved',
  },
} satisfies Pick<MessageSchema, 'categories' | 'units'>
