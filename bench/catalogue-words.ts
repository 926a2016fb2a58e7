/** Word lists of the seed catalogue: per kind of goods a noun, its unit, materials, spec template and price range. */
import type { Rng } from './rng'

export interface Kind {
  noun: string
  unit: string
  /** Quantity decimals of the unit: 3 for kg, 0 for counted units. */
  decimals?: number
  materials: readonly string[]
  spec: (r: Rng) => string
  /** Reference price range in 元. */
  price: [number, number]
}

const M = [4, 5, 6, 8, 10, 12, 16, 20, 24] as const
const DN = [15, 20, 25, 32, 40, 50, 65, 80, 100, 150] as const
const COLOURS = ['黑色', '白色', '红色', '蓝色', '黄色', '灰色', '绿色'] as const
const SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const

export const KINDS: readonly Kind[] = [
  {
    noun: '六角螺栓',
    unit: '个',
    materials: ['不锈钢', '镀锌', '高强度', '碳钢'],
    price: [0.2, 8],
    spec: (r) => `M${r.pick(M)}×${r.pick([16, 20, 25, 30, 40, 50, 60, 80, 100])}`,
  },
  {
    noun: '螺母',
    unit: '个',
    materials: ['不锈钢', '镀锌', '尼龙锁紧', '法兰面'],
    price: [0.05, 3],
    spec: (r) => `M${r.pick(M)} ${r.pick(['粗牙', '细牙'])}`,
  },
  {
    noun: '膨胀螺栓',
    unit: '个',
    materials: ['镀锌', '不锈钢', '重型'],
    price: [0.5, 12],
    spec: (r) => `M${r.pick(M)}×${r.pick([60, 80, 100, 120, 150])}`,
  },
  {
    noun: '球阀',
    unit: '台',
    materials: ['黄铜', '不锈钢', '铸铁', 'PPR'],
    price: [18, 1800],
    spec: (r) => `DN${r.pick(DN)} PN${r.pick([10, 16, 25, 40])}`,
  },
  {
    noun: '弯头',
    unit: '个',
    materials: ['碳钢', '不锈钢', 'PVC', 'PPR'],
    price: [2, 260],
    spec: (r) => `DN${r.pick(DN)} ${r.pick(['90°', '45°'])}`,
  },
  {
    noun: '无缝钢管',
    unit: 'kg',
    decimals: 3,
    materials: ['20#', '45#', '304不锈钢', 'Q345B'],
    price: [5, 38],
    spec: (r) => `Φ${r.pick([22, 32, 48, 57, 76, 89, 108])}×${r.pick([3, 3.5, 4, 5, 6])}mm`,
  },
  {
    noun: '圆钢',
    unit: 'kg',
    decimals: 3,
    materials: ['Q235', '45#', '40Cr', '304不锈钢'],
    price: [4.5, 32],
    spec: (r) => `Φ${r.int(6, 120)}mm`,
  },
  {
    noun: '焊条',
    unit: 'kg',
    decimals: 3,
    materials: ['碳钢', '不锈钢', '低氢'],
    price: [9, 80],
    spec: (r) => `${r.pick(['J422', 'J507', 'A102', 'A302'])} Φ${r.pick(['2.5', '3.2', '4.0'])}`,
  },
  {
    noun: '液压油',
    unit: 'kg',
    decimals: 3,
    materials: ['抗磨', '低凝', '高压'],
    price: [12, 45],
    spec: (r) => `L-HM ${r.pick([32, 46, 68, 100])} ${r.pick([18, 170])}L`,
  },
  {
    noun: '润滑脂',
    unit: 'kg',
    decimals: 3,
    materials: ['锂基', '钙基', '高温', '复合锂基'],
    price: [15, 120],
    spec: (r) => `${r.int(0, 3)}# ${r.pick([0.8, 15, 18])}kg桶`,
  },
  {
    noun: '深沟球轴承',
    unit: '套',
    materials: ['国产', '进口', '密封'],
    price: [6, 900],
    spec: (r) => `${r.pick([60, 62, 63])}${String(r.int(0, 22)).padStart(2, '0')}-${r.pick(['2RS', 'ZZ', 'OPEN'])}`,
  },
  {
    noun: '三角带',
    unit: '根',
    materials: ['普通', '窄V', '齿形'],
    price: [8, 120],
    spec: (r) => `${r.pick(['A', 'B', 'C', 'SPA', 'SPB'])}-${r.int(600, 4000)}`,
  },
  {
    noun: '电缆',
    unit: '卷',
    materials: ['铜芯', '阻燃', '耐火', '铝芯'],
    price: [180, 9000],
    spec: (r) => `YJV ${r.pick([2, 3, 4, 5])}×${r.pick([1.5, 2.5, 4, 6, 10, 16])}mm² 100m`,
  },
  {
    noun: '空气开关',
    unit: '个',
    materials: ['小型', '漏电', '塑壳'],
    price: [12, 680],
    spec: (r) => `DZ47 ${r.pick(['1P', '2P', '3P'])} ${r.pick([10, 16, 20, 32, 40, 63])}A`,
  },
  {
    noun: 'LED灯管',
    unit: '支',
    materials: ['T5', 'T8', '防爆'],
    price: [9, 160],
    spec: (r) => `${r.pick([0.6, 0.9, 1.2])}m ${r.pick([9, 14, 18, 24])}W ${r.pick(['白光', '暖光'])}`,
  },
  {
    noun: '劳保手套',
    unit: '打',
    materials: ['棉纱', '丁腈', '帆布', '防割'],
    price: [6, 90],
    spec: (r) => `${r.pick(['12双', '24双'])} ${r.pick(SIZES)}`,
  },
  {
    noun: '工作服',
    unit: '套',
    materials: ['涤棉', '纯棉', '阻燃', '防静电'],
    price: [45, 380],
    spec: (r) => `${r.pick(['夏装', '冬装', '春秋装'])} ${r.pick(SIZES)}`,
  },
  { noun: '安全帽', unit: '顶', materials: ['ABS', '玻璃钢', 'PE'], price: [12, 85], spec: (r) => r.pick(COLOURS) },
  {
    noun: '复印纸',
    unit: '包',
    materials: ['A4', 'A3', 'B5'],
    price: [14, 45],
    spec: (r) => `${r.pick([70, 80])}g 500张/包`,
  },
  {
    noun: '中性笔',
    unit: '支',
    materials: ['按动', '拔帽', '速干'],
    price: [0.8, 6],
    spec: (r) => `${r.pick([0.38, 0.5, 0.7])}mm ${r.pick(COLOURS.slice(0, 4))}`,
  },
  {
    noun: '垃圾袋',
    unit: '卷',
    materials: ['加厚', '手提', '平口'],
    price: [3, 18],
    spec: (r) => `${r.pick([45, 60, 80, 100])}×${r.pick([50, 80, 120])}cm 50只/卷`,
  },
  {
    noun: '防锈漆',
    unit: 'kg',
    decimals: 3,
    materials: ['醇酸', '环氧', '红丹'],
    price: [14, 60],
    spec: (r) => `${r.pick(COLOURS)} ${r.pick([3, 15, 20])}kg/桶`,
  },
  {
    noun: '食用油',
    unit: '桶',
    materials: ['大豆', '菜籽', '花生'],
    price: [45, 160],
    spec: (r) => `${r.pick([5, 10, 20])}L`,
  },
  {
    noun: '大米',
    unit: 'kg',
    decimals: 3,
    materials: ['东北', '珍珠', '长粒香'],
    price: [3.2, 9],
    spec: (r) => `${r.pick([10, 25])}kg/袋 ${r.pick(['一级', '特级'])}`,
  },
]
