import type { FormItemRule } from 'naive-ui'
import type { z } from 'zod'

/** Form rules that the master-data drawers share. `message` is called when the rule fails (the locale may change). */

/** A text that must not be blank. */
export function requiredText(message: () => string): FormItemRule {
  return {
    required: true,
    trigger: 'blur',
    validator: (_rule, value: string) => value.trim() !== '' || new Error(message()),
  }
}

/** A required text that the contract's schema for the field accepts (after trimming, as the core does). */
export function schemaText(schema: z.ZodType, message: () => string): FormItemRule {
  return {
    required: true,
    trigger: 'blur',
    validator: (_rule, value: string) => schema.safeParse(value.trim()).success || new Error(message()),
  }
}

/** A choice (a select or a tree select) that must be made. */
export function requiredChoice(message: () => string): FormItemRule {
  return {
    required: true,
    trigger: 'change',
    validator: (_rule, value: unknown) => (value !== null && value !== undefined) || new Error(message()),
  }
}
