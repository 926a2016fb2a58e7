import { h, type FunctionalComponent, type VNode } from 'vue'

/**
 * The few line icons the shell needs, drawn here rather than pulling in an icon package.
 * Each is a list of SVG shapes on a 24×24 grid, stroked in the current text colour.
 */
type Shape = { path: string } | { circle: [number, number, number] }

const ICONS = {
  home: [{ path: 'M3.5 10.5 12 3.5l8.5 7V20a.5.5 0 0 1-.5.5h-5v-6h-6v6H4a.5.5 0 0 1-.5-.5z' }],
  items: [
    { path: 'M20.5 7.5 12 3 3.5 7.5v9L12 21l8.5-4.5z' },
    { path: 'M3.5 7.5 12 12l8.5-4.5' },
    { path: 'M12 12v9' },
  ],
  suppliers: [
    { path: 'M2.5 6.5h11v10h-11z' },
    { path: 'M13.5 10h4l3 3.5v3h-7' },
    { circle: [6.5, 18, 1.8] },
    { circle: [17, 18, 1.8] },
  ],
  departments: [
    { path: 'M9.5 3.5h5v4h-5z' },
    { path: 'M12 7.5v3.5M6 14v-3h12v3' },
    { path: 'M3.5 14h5v4.5h-5zM15.5 14h5v4.5h-5z' },
  ],
  warehouses: [{ path: 'M3.5 20.5V9L12 4l8.5 5v11.5' }, { path: 'M7.5 20.5v-8h9v8' }, { path: 'M7.5 16.5h9' }],
  categories: [
    { path: 'M3.5 12.6V4.5a1 1 0 0 1 1-1h8.1l8 8a1 1 0 0 1 0 1.4l-7.7 7.7a1 1 0 0 1-1.4 0z' },
    { circle: [8, 8, 1.5] },
  ],
  stockIn: [
    { path: 'M3.5 13.5h5l1.5 3h4l1.5-3h5V19a1.5 1.5 0 0 1-1.5 1.5h-14A1.5 1.5 0 0 1 3.5 19z' },
    { path: 'M12 3.5v9' },
    { path: 'M8.5 9 12 12.5 15.5 9' },
  ],
  stockOut: [
    { path: 'M3.5 13.5h5l1.5 3h4l1.5-3h5V19a1.5 1.5 0 0 1-1.5 1.5h-14A1.5 1.5 0 0 1 3.5 19z' },
    { path: 'M12 12.5v-9' },
    { path: 'M8.5 7 12 3.5 15.5 7' },
  ],
  transfer: [{ path: 'M4 8.5h15M15.5 5 19 8.5 15.5 12' }, { path: 'M20 15.5H5M8.5 12 5 15.5 8.5 19' }],
  stocktake: [
    {
      path: 'M8.5 4.5H6A1.5 1.5 0 0 0 4.5 6v13A1.5 1.5 0 0 0 6 20.5h12a1.5 1.5 0 0 0 1.5-1.5V6A1.5 1.5 0 0 0 18 4.5h-2.5',
    },
    { path: 'M8.5 3.5h7v3h-7z' },
    { path: 'm8.5 13 2.5 2.5 4.5-5' },
  ],
  onHand: [
    { path: 'M12 3 2.5 7.5 12 12l9.5-4.5z' },
    { path: 'M2.5 12 12 16.5l9.5-4.5' },
    { path: 'M2.5 16.5 12 21l9.5-4.5' },
  ],
  lowStock: [{ path: 'M12 3.5 2.5 20h19z' }, { path: 'M12 10v4.5' }, { circle: [12, 17, 0.4] }],
  ledger: [{ path: 'M5.5 3.5h11l2 2v15h-13z' }, { path: 'M8.5 8.5h7M8.5 12h7M8.5 15.5h4' }],
  users: [
    { circle: [9, 8, 3.5] },
    { path: 'M2.5 20.5a6.5 6.5 0 0 1 13 0' },
    { path: 'M15.5 4.7a3.5 3.5 0 0 1 0 6.6' },
    { path: 'M18 14.5a6.5 6.5 0 0 1 3.5 6' },
  ],
  settings: [
    { path: 'M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1' },
    { circle: [15, 6, 2] },
    { circle: [9, 12, 2] },
    { circle: [17, 18, 2] },
  ],
  scan: [
    {
      path: 'M3.5 8V5a1.5 1.5 0 0 1 1.5-1.5h3M16 3.5h3A1.5 1.5 0 0 1 20.5 5v3M20.5 16v3a1.5 1.5 0 0 1-1.5 1.5h-3M8 20.5H5A1.5 1.5 0 0 1 3.5 19v-3',
    },
    { path: 'M7.5 8v8M10.5 8v8M13 8v8M16.5 8v8' },
  ],
  logout: [
    { path: 'M9.5 20.5H5A1.5 1.5 0 0 1 3.5 19V5A1.5 1.5 0 0 1 5 3.5h4.5' },
    { path: 'M16 16.5 20.5 12 16 7.5M20.5 12H9' },
  ],
  printer: [
    { path: 'M6.5 9V3.5h11V9' },
    {
      path: 'M6.5 17.5h-2a1.5 1.5 0 0 1-1.5-1.5v-5.5A1.5 1.5 0 0 1 4.5 9h15a1.5 1.5 0 0 1 1.5 1.5V16a1.5 1.5 0 0 1-1.5 1.5h-2',
    },
    { path: 'M6.5 14h11v6.5h-11z' },
  ],
  // 采购申请: a form; 采购订单: a cart; 补货建议: a rising trend.
  requisition: [
    { path: 'M6 3.5h9l3.5 3.5v13.5H6z' },
    { path: 'M14.5 3.5V7h4' },
    { path: 'M9 11h6.5M9 14.5h6.5M9 18h3.5' },
  ],
  order: [{ path: 'M2.5 4h2.5l2.2 10.5h10.6l2-7.5H6' }, { circle: [9, 19, 1.6] }, { circle: [17, 19, 1.6] }],
  reorder: [{ path: 'M4 20.5h16' }, { path: 'M6.5 16.5l4.5-5 3 3 5-6' }, { path: 'M15 8.5h4v4' }],
  // A parcel with a tick: goods checked in against an order (采购验收).
  receiving: [
    { path: 'M20.5 11.5v-4L12 3 3.5 7.5v9L12 21l1.5-.8' },
    { path: 'M3.5 7.5 12 12l8.5-4.5M12 12v9' },
    { path: 'm15 17.5 2.2 2.2 4.3-4.4' },
  ],
} satisfies Record<string, Shape[]>

export type IconName = keyof typeof ICONS

function shapeNode(shape: Shape): VNode {
  if ('path' in shape) return h('path', { d: shape.path })
  const [cx, cy, r] = shape.circle
  return h('circle', { cx, cy, r })
}

export const AppIcon: FunctionalComponent<{ name: IconName; size?: number }> = (props) =>
  h(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: props.size ?? 18,
      height: props.size ?? 18,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1.7,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
    },
    ICONS[props.name].map(shapeNode),
  )
AppIcon.props = ['name', 'size']

/** A render function for Naive UI's `icon` / `renderIcon` slots. */
export const renderIcon = (name: IconName, size?: number) => () => h(AppIcon, { name, size })
