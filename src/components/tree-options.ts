import type { TreeSelectOption } from 'naive-ui'
import { buildTree, subtreeIds, type TreeNode, type TreeRow } from '@/utils/tree'

export type NamedTreeRow = TreeRow & { name: string; active: boolean }

/** A tree node as a picker option: inactive ones shown marked and not choosable. */
const toOption =
  (inactiveLabel: string) =>
  (node: TreeNode<NamedTreeRow>): TreeSelectOption => ({
    key: node.row.id,
    label: node.row.active ? node.row.name : `${node.row.name}（${inactiveLabel}）`,
    disabled: !node.row.active,
    children: node.children.length > 0 ? node.children.map(toOption(inactiveLabel)) : undefined,
  })

/**
 * Options of a 上级部门 / 上级分类 picker: the tree without `movingId` and everything below it (a node cannot go
 * under itself), inactive nodes shown but not choosable, so the structure stays readable around them.
 */
export function parentOptions(
  rows: readonly NamedTreeRow[],
  movingId: number | null,
  inactiveLabel: string,
): TreeSelectOption[] {
  const excluded = movingId === null ? new Set<number>() : subtreeIds(rows, movingId)
  return buildTree(rows.filter((row) => !excluded.has(row.id))).map(toOption(inactiveLabel))
}

/**
 * Options for choosing a category (an item's, or a list filter), siblings by name. Inactive categories are
 * left out, except `keep` (the one an item already has) and the way down to it, which stay visible but
 * cannot be picked again.
 */
export function categoryTreeOptions(
  rows: readonly NamedTreeRow[],
  inactiveLabel: string,
  keep: number | null = null,
): TreeSelectOption[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const kept = new Set<number>()
  for (let id = keep; id !== null && !kept.has(id); id = byId.get(id)?.parentId ?? null) kept.add(id)
  const shown = rows
    .filter((row) => row.active || kept.has(row.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  return buildTree(shown).map(toOption(inactiveLabel))
}
