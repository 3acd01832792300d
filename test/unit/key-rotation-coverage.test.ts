// A key rotation must reach every sealed value and keyed hash: each *_enc and *_hash column of the store
// is either re-keyed (SEALED, HASHED) or explicitly short-lived (TRANSIENT_HASHES).
import { sql } from 'kysely'
import { openDatabase } from '../../server/adapters/db/database'
import { HASHED, SEALED, TRANSIENT_HASHES } from '../../server/adapters/keys/data-fields'

it('lists every sealed and hashed column', async () => {
  const db = await openDatabase({ sqlitePath: ':memory:' })
  const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows.map(r => r.name)
  const columns: string[] = []
  for (const t of tables) {
    for (const c of (await sql<{ name: string }>`select name from pragma_table_info(${t})`.execute(db)).rows) {
      if (/_(enc|hash)$/.test(c.name)) columns.push(`${t}.${c.name}`)
    }
  }
  await db.destroy()
  const known = new Set([...SEALED.map(f => `${f.table}.${f.column}`), ...HASHED.map(f => `${f.table}.${f.column}`), ...TRANSIENT_HASHES])
  // The audit log's chain hashes and import file hashes are content hashes, not keyed identifiers.
  // Device-key hashes are plain SHA-256 of public keys (they appear in codes), not keyed identifiers.
  const contentHashes = ['audit_log.prev_hash', 'audit_head.hash', 'imports.file_hash', 'audit_log.hash', 'devices.key_hash', 'grants.device_hash']
  expect(columns.filter(c => !known.has(c) && !contentHashes.includes(c)).sort()).toEqual([])
})
