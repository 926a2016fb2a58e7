import type { RouteRecordRaw } from 'vue-router'
import { rolesWith } from '@/utils/permissions'

// One loader for every editor route, so saving a new document (which replaces /stock-in/new with
// /stock-in/:id) keeps the same component instance and its state. The editor serves 入库, 出库 and 调拨
// alike and tells them apart by route name (src/utils/doc-kinds.ts); so does the list.
const StockDocumentEditor = () => import('@/views/stock-document-editor/index.vue')
const StockDocumentList = () => import('@/views/stock-documents/index.vue')
// Purchasing editors, likewise one loader each: saving a new one replaces …/new with …/:id in place.
const RequisitionEditor = () => import('@/views/requisition-editor/index.vue')
const OrderEditor = () => import('@/views/order-editor/index.vue')
const PurchasePrint = () => import('@/views/print-purchase/index.vue')

export const routes: RouteRecordRaw[] = [
  {
    path: '/setup',
    name: 'setup',
    component: () => import('@/views/setup/index.vue'),
    meta: { title: 'setup.title', public: true },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/index.vue'),
    meta: { title: 'login.title', public: true },
  },
  {
    // Outside the shell: the page is the paper. Also opened by the desktop's hidden print window.
    // One page for every document type (it picks the sheet by the document); the aliases name the kind,
    // which the desktop uses for the PDF's file name, and keep the older /print/stock-in/:id working.
    path: '/print/document/:id(\\d+)',
    alias: [
      '/print/stock-in/:id(\\d+)',
      '/print/stock-out/:id(\\d+)',
      '/print/transfer/:id(\\d+)',
      '/print/stocktake/:id(\\d+)',
    ],
    name: 'print-document',
    component: () => import('@/views/print-document/index.vue'),
    meta: { title: 'print.pageTitle' },
  },
  {
    // 采购订单 and 采购申请单 on paper: one page, which tells them apart by route name.
    path: '/print/order/:id(\\d+)',
    name: 'print-order',
    component: PurchasePrint,
    meta: { title: 'print.pageTitle' },
  },
  {
    path: '/print/requisition/:id(\\d+)',
    name: 'print-requisition',
    component: PurchasePrint,
    meta: { title: 'print.pageTitle' },
  },
  {
    path: '/',
    component: () => import('@/layouts/app-layout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/views/home/index.vue'), meta: { title: 'nav.home' } },
      {
        path: 'items',
        name: 'items',
        component: () => import('@/views/items/index.vue'),
        meta: { title: 'nav.items' },
      },
      {
        path: 'suppliers',
        name: 'suppliers',
        component: () => import('@/views/suppliers/index.vue'),
        meta: { title: 'nav.suppliers' },
      },
      {
        path: 'departments',
        name: 'departments',
        component: () => import('@/views/departments/index.vue'),
        meta: { title: 'departments.title' },
      },
      {
        path: 'warehouses',
        name: 'warehouses',
        component: () => import('@/views/warehouses/index.vue'),
        meta: { title: 'warehouses.title' },
      },
      {
        path: 'categories',
        name: 'categories',
        component: () => import('@/views/categories/index.vue'),
        meta: { title: 'categories.title' },
      },
      { path: 'stock-in', name: 'stock-in', component: StockDocumentList, meta: { title: 'docs.kinds.RK.title' } },
      {
        path: 'stock-in/new',
        name: 'stock-in-new',
        component: StockDocumentEditor,
        meta: { title: 'docs.kinds.RK.newTitle' },
      },
      {
        path: 'stock-in/:id(\\d+)',
        name: 'stock-in-edit',
        component: StockDocumentEditor,
        meta: { title: 'docs.kinds.RK.title' },
      },
      { path: 'stock-out', name: 'stock-out', component: StockDocumentList, meta: { title: 'docs.kinds.CK.title' } },
      {
        path: 'stock-out/new',
        name: 'stock-out-new',
        component: StockDocumentEditor,
        meta: { title: 'docs.kinds.CK.newTitle' },
      },
      {
        path: 'stock-out/:id(\\d+)',
        name: 'stock-out-edit',
        component: StockDocumentEditor,
        meta: { title: 'docs.kinds.CK.title' },
      },
      { path: 'transfers', name: 'transfers', component: StockDocumentList, meta: { title: 'docs.kinds.DB.title' } },
      {
        path: 'transfers/new',
        name: 'transfer-new',
        component: StockDocumentEditor,
        meta: { title: 'docs.kinds.DB.newTitle' },
      },
      {
        path: 'transfers/:id(\\d+)',
        name: 'transfer-edit',
        component: StockDocumentEditor,
        meta: { title: 'docs.kinds.DB.title' },
      },
      {
        path: 'stocktakes',
        name: 'stocktakes',
        component: () => import('@/views/stocktakes/index.vue'),
        meta: { title: 'stocktake.nav' },
      },
      {
        path: 'stocktakes/:id(\\d+)',
        name: 'stocktake',
        component: () => import('@/views/stocktake-sheet/index.vue'),
        meta: { title: 'stocktake.sheet.title' },
      },
      {
        // ?status=&mine=1
        path: 'requisitions',
        name: 'requisitions',
        component: () => import('@/views/requisitions/index.vue'),
        meta: { title: 'purchase.requisitions.title' },
      },
      {
        path: 'requisitions/new',
        name: 'requisition-new',
        component: RequisitionEditor,
        meta: { title: 'purchase.requisitions.newTitle' },
      },
      {
        path: 'requisitions/:id(\\d+)',
        name: 'requisition-edit',
        component: RequisitionEditor,
        meta: { title: 'purchase.requisitions.title' },
      },
      {
        // ?status=&awaitingMe=1&overdueOnly=1&openOnly=1
        path: 'orders',
        name: 'orders',
        component: () => import('@/views/orders/index.vue'),
        meta: { title: 'purchase.orders.title' },
      },
      { path: 'orders/new', name: 'order-new', component: OrderEditor, meta: { title: 'purchase.orders.newTitle' } },
      {
        path: 'orders/:id(\\d+)',
        name: 'order-edit',
        component: OrderEditor,
        meta: { title: 'purchase.orders.title' },
      },
      {
        path: 'reorder',
        name: 'reorder',
        component: () => import('@/views/reorder/index.vue'),
        meta: { title: 'purchase.reorder.title' },
      },
      {
        path: 'receiving',
        name: 'receiving',
        component: () => import('@/views/receiving/index.vue'),
        meta: { title: 'receiving.title', roles: rolesWith('purchase.receive') },
      },
      {
        path: 'on-hand',
        name: 'on-hand',
        component: () => import('@/views/on-hand/index.vue'),
        meta: { title: 'nav.onHand' },
      },
      {
        // ?itemId=&warehouseId=&from=&to=
        path: 'stock-ledger',
        name: 'stock-ledger',
        component: () => import('@/views/stock-ledger/index.vue'),
        meta: { title: 'stockLedger.title' },
      },
      {
        path: 'users',
        name: 'users',
        component: () => import('@/views/users/index.vue'),
        meta: { title: 'nav.users', roles: ['admin'] },
      },
      {
        path: 'settings',
        name: 'settings',
        component: () => import('@/views/settings/index.vue'),
        meta: { title: 'nav.settings', roles: ['admin'] },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'home' } },
]
