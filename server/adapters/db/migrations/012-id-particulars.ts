// The nationality, sex and birth date stated with an identity document whose number does not carry them
// (passports, travel permits, the foreign permanent resident card), sealed beside the binding, and beside a
// conflicting attempt until its identity recovery is decided (docs/frontend.md, "ID types").
import { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('citizens').addColumn('particulars_enc', 'text').execute()
  await db.schema.alterTable('identity_attempts').addColumn('particulars_enc', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only')
}
