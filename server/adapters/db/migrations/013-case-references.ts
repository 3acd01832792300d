// Short case references (docs/frontend.md, "References and phone numbers"): a correction's or an appeal's
// reference is 8 characters a person can read out on a hotline ("7KQ4-WX2M"), beside the UUID that stays
// the key. Unique in each table (and drawn so as not to repeat across both: server/usecases/citizen/
// case-reference.ts); cases filed before this migration get one here, so every case can be looked up.
import { randomBytes } from 'node:crypto'
import { Kysely } from 'kysely'
import { REFERENCE_LENGTH, referenceFromBytes } from '@core/validation/reference-number'

const TABLES = ['corrections', 'appeals'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('reference', 'text').execute()
  const used = new Set<string>()
  for (const table of TABLES) {
    const rows: { id: string }[] = await db.selectFrom(table).select('id').orderBy('created_at').execute()
    for (const { id } of rows) {
      let reference: string
      do reference = referenceFromBytes(randomBytes(REFERENCE_LENGTH)); while (used.has(reference))
      used.add(reference)
      await db.updateTable(table).set({ reference }).where('id', '=', id).execute()
    }
  }
  // Unique, and null allowed only in principle: every row has one from here on.
  await db.schema.createIndex('corrections_reference').on('corrections').column('reference').unique().execute()
  await db.schema.createIndex('appeals_reference').on('appeals').column('reference').unique().execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
