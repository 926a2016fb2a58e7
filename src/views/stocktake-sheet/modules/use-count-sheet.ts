import { computed, onBeforeUnmount, ref, shallowRef } from 'vue'
import type { Input, StocktakeLine, StocktakeView } from '@shared/contract'
import { api } from '@/api'
import { errorText } from '@/utils/errors'
import { quantityInputText } from '@/utils/quantity'
import { addToCount, parseCount, tallyCounts, type CountProblem } from './count-logic'
import { loadStocktake } from './load-stocktake'

/** A line of the sheet as edited: the count and reason as typed, and what the core has saved. */
export interface CountRow {
  line: StocktakeLine
  text: string
  reason: string
  savedCounted: number | null
  savedReason: string
}

export interface CountState {
  row: CountRow
  countedMilli: number | null
  problem: CountProblem | null
  /** Typed but not saved yet (or the save failed). */
  unsaved: boolean
}

type CountEntry = Input<'stock.stocktakeCount'>['counts'][number]

/** The core takes at most this many counts per call. */
const BATCH = 500
const SAVE_DELAY_MS = 800

function stateOf(row: CountRow): CountState {
  const { countedMilli, problem } = parseCount(row.text, row.line.unitDecimals)
  const unsaved = problem !== null || countedMilli !== row.savedCounted || row.reason.trim() !== row.savedReason
  return { row, countedMilli, problem, unsaved }
}

const rowOf = (line: StocktakeLine): CountRow => ({
  line,
  text: line.countedMilli === null ? '' : quantityInputText(line.countedMilli),
  reason: line.reason,
  savedCounted: line.countedMilli,
  savedReason: line.reason,
})

/**
 * A stocktake being counted. Counts are saved to the core a moment after the last change, in one call
 * for all changed lines; saves run one after another, so a later count never overtakes an earlier one.
 * A failed save keeps every typed value and reports the error; the next change or 保存 retries.
 */
export function useCountSheet(onSaveError: (text: string) => void) {
  const sheet = shallowRef<StocktakeView | null>(null)
  const rows = ref<CountRow[]>([])
  const loading = ref(false)
  const saving = ref(false)
  const saveError = ref('')
  let timer: ReturnType<typeof setTimeout> | null = null
  let chain: Promise<boolean> = Promise.resolve(true)

  const states = computed(() => rows.value.map(stateOf))
  const tally = computed(() =>
    tallyCounts(
      states.value.map((state) => ({
        bookMilli: state.row.line.bookMilli,
        countedMilli: state.countedMilli,
        reason: state.row.reason,
      })),
    ),
  )
  const unsavedCount = computed(() => states.value.filter((state) => state.unsaved).length)
  const problemCount = computed(() => states.value.filter((state) => state.problem !== null).length)
  const posted = computed(() => sheet.value?.status === 'posted')

  const find = (itemId: number): CountRow | undefined => rows.value.find((row) => row.line.itemId === itemId)

  /** Takes the core's sheet: new lines are added, known ones get the core's book, flags and saved values. */
  function apply(next: StocktakeView): void {
    sheet.value = next
    const known = new Map(rows.value.map((row) => [row.line.itemId, row]))
    rows.value = next.lines.map((line) => {
      const row = known.get(line.itemId)
      if (!row) return rowOf(line)
      // Whatever was typed meanwhile stays; it differs from the saved value and goes in the next save.
      row.line = line
      row.savedCounted = line.countedMilli
      row.savedReason = line.reason
      return row
    })
  }

  async function load(id: number): Promise<void> {
    loading.value = true
    try {
      rows.value = []
      apply(await loadStocktake(id))
    } finally {
      loading.value = false
    }
  }

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  /** Sends every changed, valid line (and `extra`); true when nothing is left unsaved but invalid input. */
  async function saveChanged(extra: CountEntry[]): Promise<boolean> {
    const current = sheet.value
    if (!current || current.status === 'posted') return true
    const entries: CountEntry[] = states.value
      .filter((state) => state.unsaved && state.problem === null)
      .map((state) => ({
        itemId: state.row.line.itemId,
        countedMilli: state.countedMilli,
        reason: state.row.reason.trim(),
      }))
    entries.push(...extra)
    if (entries.length === 0) return true
    saving.value = true
    try {
      for (let start = 0; start < entries.length; start += BATCH) {
        const counts = entries.slice(start, start + BATCH)
        apply(await api.call('stock.stocktakeCount', { id: current.id, counts }))
      }
      saveError.value = ''
      return true
    } catch (error) {
      saveError.value = errorText(error)
      onSaveError(saveError.value)
      return false
    } finally {
      saving.value = false
    }
  }

  /** Saves now (after any save already running). `extra` adds counts for items not on the sheet. */
  function flush(extra: CountEntry[] = []): Promise<boolean> {
    clearTimer()
    chain = chain.then(() => saveChanged(extra))
    return chain
  }

  function schedule(delay = SAVE_DELAY_MS): void {
    clearTimer()
    timer = setTimeout(() => void flush(), delay)
  }

  function setText(itemId: number, text: string): void {
    const row = find(itemId)
    if (!row) return
    row.text = text
    schedule()
  }

  function setReason(itemId: number, reason: string): void {
    const row = find(itemId)
    if (!row) return
    row.reason = reason
    schedule()
  }

  /** A scan: adds the pack quantity to the line's count and saves soon. Returns the new count. */
  function addPack(itemId: number, packMilli: number): number | null {
    const row = find(itemId)
    if (!row) return null
    const typed = parseCount(row.text, row.line.unitDecimals)
    // Typed text that is not a number cannot be added to: start from what the core has.
    const base = typed.problem === null ? typed.countedMilli : row.savedCounted
    const next = addToCount(base, packMilli)
    row.text = quantityInputText(next)
    schedule(300)
    return next
  }

  /** Puts an item that is not on the sheet on it, counted `countedMilli`. */
  async function addItem(itemId: number, countedMilli: number): Promise<boolean> {
    return flush([{ itemId, countedMilli, reason: '' }])
  }

  function dispose(): void {
    clearTimer()
  }
  // The page's leave guard has saved by then; a timer left running would save into a page that is gone.
  onBeforeUnmount(dispose)

  return {
    sheet,
    rows,
    states,
    tally,
    loading,
    saving,
    saveError,
    unsavedCount,
    problemCount,
    posted,
    load,
    apply,
    flush,
    setText,
    setReason,
    addPack,
    addItem,
    dispose,
  }
}

export type CountSheet = ReturnType<typeof useCountSheet>
