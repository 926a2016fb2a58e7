/** Trees of the master data (departments, categories): the API sends flat rows with a parentId. */
export interface TreeRow {
  id: number
  parentId: number | null
}

export interface TreeNode<Row> {
  row: Row
  children: TreeNode<Row>[]
}

/**
 * Nests rows under their parents, keeping the order of `rows` among siblings. A row whose parent is not
 * in `rows` (filtered out, e.g. an inactive parent hidden) becomes a root, so it is never lost from view.
 */
export function buildTree<Row extends TreeRow>(rows: readonly Row[]): TreeNode<Row>[] {
  const nodes = new Map<number, TreeNode<Row>>(rows.map((row) => [row.id, { row, children: [] }]))
  const roots: TreeNode<Row>[] = []
  for (const row of rows) {
    const node = nodes.get(row.id)!
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId)
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** The ids of `id` and everything below it: where a node may not be moved to. */
export function subtreeIds(rows: readonly TreeRow[], id: number): Set<number> {
  const found = new Set([id])
  // Repeats until nothing new is added, so the order of `rows` does not matter.
  let grew = true
  while (grew) {
    grew = false
    for (const row of rows) {
      if (row.parentId !== null && found.has(row.parentId) && !found.has(row.id)) {
        found.add(row.id)
        grew = true
      }
    }
  }
  return found
}

/** The nodes depth first (parents before their children), as a tree view shows them fully expanded. */
export function flattenTree<Row>(nodes: readonly TreeNode<Row>[], depth = 0): { row: Row; depth: number }[] {
  return nodes.flatMap((node) => [{ row: node.row, depth }, ...flattenTree(node.children, depth + 1)])
}

/** Names from the root down to `id`, e.g. 「办公用品 / 纸张」. Stops at a missing parent or a loop. */
export function treePath<Row extends TreeRow & { name: string }>(rows: readonly Row[], id: number): string {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const names: string[] = []
  const seen = new Set<number>()
  let current = byId.get(id)
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    names.unshift(current.name)
    current = current.parentId === null ? undefined : byId.get(current.parentId)
  }
  return names.join(' / ')
}
