// Plain values that the contracts and the app both need. They live apart from the contracts because a
// contract file carries its zod schemas: the app imports contracts as types only, so that no page
// bundles the schema library for a list of names (a layer rule checks it).

/** The staff roles a region admin can give. */
export const STAFF_ROLES = ['verifier', 'auditor', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** The kinds of data file a region admin can import (docs/imports.md). */
export const IMPORT_SOURCES = ['risk-areas', 'test-results', 'vaccinations', 'contacts'] as const
export type ImportSource = (typeof IMPORT_SOURCES)[number]

/** Bytes in a `random-seed` answer (256 bits, the fallback generator's security strength). */
export const RANDOM_SEED_BYTES = 32

/** One person holds live grants for at most this many others (the host refuses more: GRANT_LIMIT). */
export const MAX_HELD_GRANTS = 4

/**
 * What changed a status (a history entry's `source`): the published rules (a declaration, a check-in, a
 * re-assessment after new rules), the re-assessment after an approved data import, or two auditors by hand
 * (a correction or an appeal upheld, or a change by holder). The apps say each in words, never the value.
 */
export const STATUS_SOURCES = ['rules', 'import', 'manual'] as const
export type StatusSource = (typeof STATUS_SOURCES)[number]
