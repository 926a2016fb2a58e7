import { describe, expect, it } from 'vitest'
import { parentOptions } from '@/components/tree-options'
import { buildTree, flattenTree, subtreeIds, treePath } from '@/utils/tree'

// The sample departments of a school: 后勤管理处 with two service centres, 计算机学院 with its lab.
const rows = [
  { id: 1, parentId: null, name: '校长办公室', active: true },
  { id: 3, parentId: null, name: '后勤管理处', active: true },
  { id: 31, parentId: 3, name: '物业服务中心', active: true },
  { id: 32, parentId: 3, name: '饮食服务中心', active: false },
  { id: 4, parentId: null, name: '计算机学院', active: true },
  { id: 41, parentId: 4, name: '计算机实验中心', active: true },
  { id: 411, parentId: 41, name: '机房一', active: true },
]

const names = (nodes: ReturnType<typeof flattenTree<(typeof rows)[number]>>) =>
  nodes.map(({ row, depth }) => `${'-'.repeat(depth)}${row.name}`)

describe('tree of flat rows', () => {
  it('nests rows under their parents, keeping the sibling order', () => {
    expect(names(flattenTree(buildTree(rows)))).toEqual([
      '校长办公室',
      '后勤管理处',
      '-物业服务中心',
      '-饮食服务中心',
      '计算机学院',
      '-计算机实验中心',
      '--机房一',
    ])
  })

  it('keeps a row whose parent is filtered out, as a root', () => {
    const shown = rows.filter((row) => row.id !== 4)
    expect(buildTree(shown).map((node) => node.row.name)).toContain('计算机实验中心')
  })

  it('finds a node and everything below it, whatever the row order', () => {
    expect([...subtreeIds([...rows].reverse(), 4)].sort()).toEqual([4, 41, 411])
    expect([...subtreeIds(rows, 411)]).toEqual([411])
  })

  it('names the path from the root', () => {
    expect(treePath(rows, 411)).toBe('计算机学院 / 计算机实验中心 / 机房一')
    expect(treePath(rows, 1)).toBe('校长办公室')
  })
})

describe('parent picker options', () => {
  it('leaves out the node being moved and its descendants', () => {
    const options = parentOptions(rows, 4, '停用')
    expect(options.map((option) => option.key)).toEqual([1, 3])
  })

  it('shows inactive nodes, marked and not choosable', () => {
    const logistics = parentOptions(rows, null, '停用').find((option) => option.key === 3)
    const canteen = logistics?.children?.find((option) => option.key === 32)
    expect(canteen).toMatchObject({ label: '饮食服务中心（停用）', disabled: true })
    expect(logistics?.disabled).toBe(false)
  })
})
