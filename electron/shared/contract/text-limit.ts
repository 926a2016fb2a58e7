import type { z } from 'zod'

/**
 * The longest text a string field of an input schema accepts, through `.default()`, `.optional()` and
 * `.nullable()`: the screens take their `maxlength` from here, so the form and the core never disagree.
 */
export function textLimit(schema: z.ZodType): number {
  let current: unknown = schema
  while (hasUnwrap(current)) current = current.unwrap()
  const limit = (current as { maxLength?: number | null }).maxLength
  if (typeof limit !== 'number') throw new Error('textLimit: the schema is not a string with a maximum length')
  return limit
}

function hasUnwrap(schema: unknown): schema is { unwrap: () => unknown } {
  return typeof (schema as { unwrap?: unknown }).unwrap === 'function'
}
