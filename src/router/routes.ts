import type { RouteRecordRaw } from 'vue-router'

// One loader for both editor routes, so saving a new document (which replaces /stock-in/new with
// /stock-in/:id) keeps the same component instance and its state.
const StockInEditor = () => import('@/views/stock-in-editor/index.vue')

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
    path: '/print/stock-in/:id(\\d+)',
    name: 'print-stock-in',
    component: () => import('@/views/print-stock-in/index.vue'),
    meta: { title: 'print.title' },
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
      {
        path: 'stock-in',
        name: 'stock-in',
        component: () => import('@/views/stock-in/index.vue'),
        meta: { title: 'nav.stockIn' },
      },
      {
        path: 'stock-in/new',
        name: 'stock-in-new',
        component: StockInEditor,
        meta: { title: 'stockIn.newTitle' },
      },
      {
        path: 'stock-in/:id(\\d+)',
        name: 'stock-in-edit',
        component: StockInEditor,
        meta: { title: 'stockIn.editTitle' },
      },
      {
        path: 'on-hand',
        name: 'on-hand',
        component: () => import('@/views/on-hand/index.vue'),
        meta: { title: 'nav.onHand' },
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
