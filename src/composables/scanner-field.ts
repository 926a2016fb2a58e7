/**
 * The text field a scanner burst lands in. The first key of a burst reaches the field before we can
 * tell it is a scan, so the field is snapshotted at that key and put back when the scan completes;
 * when a fast run turns out to be typing after all, the keys held back are typed into the field.
 */
export type TextField = HTMLInputElement | HTMLTextAreaElement

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', 'password', 'number', ''])

export function focusedTextField(doc: Document = document): TextField | null {
  const element = doc.activeElement
  if (element instanceof HTMLTextAreaElement) return element
  if (element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type)) return element
  return null
}

export interface FieldSnapshot {
  field: TextField
  value: string
  selectionStart: number | null
  selectionEnd: number | null
}

export function snapshotField(field: TextField | null): FieldSnapshot | null {
  if (!field) return null
  return {
    field,
    value: field.value,
    selectionStart: safeSelection(field, 'start'),
    selectionEnd: safeSelection(field, 'end'),
  }
}

// number/email inputs throw on selection access.
function safeSelection(field: TextField, which: 'start' | 'end'): number | null {
  try {
    return which === 'start' ? field.selectionStart : field.selectionEnd
  } catch {
    return null
  }
}

/** Tells v-model (and Naive UI's inputs) that the value changed under them. */
function announce(field: TextField): void {
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Puts the field back as it was before the burst. When an input method was composing, blurring
 * and refocusing ends the composition the first scanned key may have opened.
 */
export function restoreField(snapshot: FieldSnapshot, endComposition: boolean): void {
  const { field } = snapshot
  const hadFocus = field.ownerDocument.activeElement === field
  if (endComposition && hadFocus) field.blur()
  if (field.value !== snapshot.value) {
    field.value = snapshot.value
    if (snapshot.selectionStart !== null && snapshot.selectionEnd !== null) {
      try {
        field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd)
      } catch {
        // Inputs without a selection (number) keep the caret where the browser puts it.
      }
    }
    announce(field)
  }
  if (endComposition && hadFocus) field.focus()
}

/** Types text held back from a run that was not a scan, at the caret, as the keys would have. */
export function typeIntoField(field: TextField, text: string): void {
  if (!text || field.ownerDocument.activeElement !== field || field.readOnly || field.disabled) return
  try {
    const start = field.selectionStart ?? field.value.length
    const end = field.selectionEnd ?? start
    field.setRangeText(text, start, end, 'end')
  } catch {
    field.value += text
  }
  announce(field)
}
