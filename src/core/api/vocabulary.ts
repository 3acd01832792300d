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
