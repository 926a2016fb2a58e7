import type { DocType } from '@shared/contract'

/** The document types whose number prefix is a setting, in the order the settings screen lists them. */
export const PREFIX_DOC_TYPES = ['RK', 'CK', 'DB', 'PD'] as const satisfies readonly DocType[]
export type PrefixDocType = (typeof PREFIX_DOC_TYPES)[number]
export type DocPrefixes = Record<PrefixDocType, string>

/** What settings.update accepts: 1–6 capital letters (the same rule as the core's docPrefix schema). */
const PREFIX_PATTERN = /^[A-Z]{1,6}$/

export type PrefixProblem = 'required' | 'format' | 'duplicate'

/** Why a prefix would be refused, or null. Two types sharing a prefix would make their numbers ambiguous. */
export function prefixProblem(prefixes: DocPrefixes, type: PrefixDocType): PrefixProblem | null {
  const prefix = prefixes[type].trim()
  if (prefix === '') return 'required'
  if (!PREFIX_PATTERN.test(prefix)) return 'format'
  const shared = PREFIX_DOC_TYPES.some((other) => other !== type && prefixes[other].trim() === prefix)
  return shared ? 'duplicate' : null
}

/** Capital letters only, as the user types: lower case is raised, anything else dropped, at most 6. */
export function normalizePrefix(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 6)
}

/** The first number of a day under this prefix, as the core allocates them: RK20261126-0001. */
export function docNoPreview(prefix: string, businessDate: string): string {
  return `${prefix}${businessDate.replace(/-/g, '')}-0001`
}
