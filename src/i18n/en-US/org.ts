import type { MessageSchema } from '../zh-CN'

/** English — the departments and people screen. */
export default {
  departments: {
    title: 'Departments & people',
    // Short: the side menu is 200 px wide.
    nav: 'Depts & people',
    tree: 'Departments',
    create: 'New department',
    edit: 'Edit department',
    editSelected: 'Edit',
    empty: 'No departments yet',
    fields: { code: 'Code', name: 'Name', parent: 'Parent', active: 'Active' },
    placeholders: { code: 'e.g. D0301', name: 'e.g. Logistics Office', parent: 'None: a top-level department' },
    rules: { code: 'Code: 1–32 letters, digits, _ . -', name: 'Enter the department name' },
    columns: { code: 'Code', name: 'Department', parent: 'Parent', status: 'Status' },
    exportName: 'Departments',
    created: 'Department "{name}" created',
    updated: 'Department "{name}" saved',
  },
  people: {
    title: 'People',
    ofDepartment: 'People · {department}',
    allDepartments: 'All departments',
    searchPlaceholder: 'Name / phone',
    create: 'New person',
    edit: 'Edit person',
    fields: { name: 'Name', phone: 'Phone', department: 'Department', active: 'Active' },
    placeholders: { name: 'Full name', phone: 'Mobile or office phone', department: 'Choose a department' },
    rules: { name: 'Enter the name', department: 'Choose a department' },
    columns: { name: 'Name', phone: 'Phone', department: 'Department', status: 'Status' },
    exportName: 'People',
    created: 'Person "{name}" created',
    updated: 'Person "{name}" saved',
  },
} satisfies Pick<MessageSchema, 'departments' | 'people'>
