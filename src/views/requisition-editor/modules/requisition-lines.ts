import { computed, ref } from 'vue'
import type { Input, Item, RequisitionLine } from '@shared/contract'
import { checkQuantity, quantityInputText, type QuantityProblem } from '@/utils/quantity'

/**
 * A requisition line as edited: a catalogue item, or a free-text line (name, spec, unit typed in) for
 * something not in the catalogue yet — the purchaser picks or creates the item when ordering.
 */
export interface RequisitionLineDraft {
  key: number
  itemId: number | null
  itemCode: string | null
  name: string
  spec: string
  unit: string
  /** The item's unit decimals; a saved line or a free-text one allows 3 and the core checks the unit's own. */
  unitDecimals: number
  qtyText: string
  note: string
  /** Already on purchase orders (base units), for a saved line. */
  orderedMilli: number
}

export interface RequisitionLineState {
  line: RequisitionLineDraft
  qtyMilli: number | null
  qtyProblem: QuantityProblem | null
  /** A free-text line without a name or a unit. */
  nameMissing: boolean
  unitMissing: boolean
}

type LineInput = Input<'requisitions.create'>['lines'][number]

export function requisitionLineState(line: RequisitionLineDraft): RequisitionLineState {
  const quantity = checkQuantity(line.qtyText, line.unitDecimals)
  const freeText = line.itemId === null
  return {
    line,
    qtyMilli: quantity.qtyMilli,
    qtyProblem: quantity.problem,
    nameMissing: freeText && line.name.trim() === '',
    unitMissing: freeText && line.unit.trim() === '',
  }
}

const hasProblem = (state: RequisitionLineState): boolean =>
  state.qtyProblem !== null || state.nameMissing || state.unitMissing

/** The lines of a requisition being edited: add by item (a second scan adds to its line), free text, check. */
export function useRequisitionLines() {
  const lines = ref<RequisitionLineDraft[]>([])
  let nextKey = 1

  const states = computed(() => lines.value.map(requisitionLineState))
  const hasProblems = computed(() => states.value.some(hasProblem))

  function addItem(item: Item, qtyMilli: number): { line: RequisitionLineDraft; incremented: boolean } {
    const existing = lines.value.find((line) => line.itemId === item.id)
    if (existing) {
      const current = checkQuantity(existing.qtyText, existing.unitDecimals).qtyMilli ?? 0
      existing.qtyText = quantityInputText(current + qtyMilli)
      return { line: existing, incremented: true }
    }
    lines.value.push({
      key: nextKey++,
      itemId: item.id,
      itemCode: item.code,
      name: item.name,
      spec: item.spec,
      unit: item.unit,
      unitDecimals: item.unitDecimals,
      qtyText: quantityInputText(qtyMilli),
      note: '',
      orderedMilli: 0,
    })
    return { line: lines.value[lines.value.length - 1], incremented: false }
  }

  function addFreeText(): RequisitionLineDraft {
    lines.value.push({
      key: nextKey++,
      itemId: null,
      itemCode: null,
      name: '',
      spec: '',
      unit: '',
      unitDecimals: 3,
      qtyText: '',
      note: '',
      orderedMilli: 0,
    })
    return lines.value[lines.value.length - 1]
  }

  function update(
    key: number,
    patch: Partial<Pick<RequisitionLineDraft, 'name' | 'spec' | 'unit' | 'qtyText' | 'note'>>,
  ) {
    const line = lines.value.find((candidate) => candidate.key === key)
    if (line) Object.assign(line, patch)
  }

  function remove(key: number): void {
    lines.value = lines.value.filter((line) => line.key !== key)
  }

  function replaceWith(saved: readonly RequisitionLine[]): void {
    lines.value = saved.map((line) => ({
      key: nextKey++,
      itemId: line.itemId,
      itemCode: line.itemCode,
      name: line.name,
      spec: line.spec,
      unit: line.unit,
      unitDecimals: 3,
      qtyText: quantityInputText(line.qtyMilli),
      note: line.note,
      orderedMilli: line.orderedMilli,
    }))
  }

  /** The lines as the API takes them, or null while any has a problem. */
  function toInput(): LineInput[] | null {
    if (hasProblems.value) return null
    return states.value.map(({ line, qtyMilli }) =>
      line.itemId === null
        ? {
            itemId: null,
            name: line.name.trim(),
            spec: line.spec.trim(),
            unit: line.unit.trim(),
            qtyMilli: qtyMilli ?? 0,
            note: line.note.trim(),
          }
        : { itemId: line.itemId, qtyMilli: qtyMilli ?? 0, note: line.note.trim() },
    )
  }

  const fingerprint = computed(() =>
    JSON.stringify(lines.value.map((line) => [line.itemId, line.name, line.spec, line.unit, line.qtyText, line.note])),
  )

  return { lines, states, hasProblems, addItem, addFreeText, update, remove, replaceWith, toInput, fingerprint }
}

export type RequisitionLines = ReturnType<typeof useRequisitionLines>
