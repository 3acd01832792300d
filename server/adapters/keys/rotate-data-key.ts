// Rotates the data key (AES-GCM) and the lookup-hash key (HMAC) while the host keeps serving:
//  1. the new keys become active beside the old ones (running hosts reload them within seconds; sealed
//     values and hashes name their key, and lookups try both, so nothing is missed meanwhile);
//  2. every sealed value and keyed hash under an old key is re-keyed, a batch per transaction;
//  3. the old keys are dropped, and a final count proves no old-key value remains.
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { dataKeysOf, Secrets } from './key-ring'
import { AesGcmProtector } from '../crypto/aes-gcm-protector'
import { HASHED, SEALED } from './data-fields'

export interface RotationReport { dataKey: string; lookupKey: string; resealed: number; rehashed: number; remainingOld: number; droppedOtps: number }

const BATCH = 500

export function writeSecrets(keysDir: string, s: Secrets): void {
  writeFileSync(join(keysDir, 'secrets.json'), JSON.stringify(s, null, 2), { mode: 0o600 })
}

export function readSecrets(keysDir: string): Secrets {
  return JSON.parse(readFileSync(join(keysDir, 'secrets.json'), 'utf8')) as Secrets
}

/** Step 1: new keys active, old kept. Returns the new ids. */
export function addNewKeys(keysDir: string, now = Date.now()): { data: string; lookup: string } {
  const s = readSecrets(keysDir)
  const data = 'k' + now.toString(36)
  const lookup = 'l' + now.toString(36)
  const lookupKeys = s.lookupKeys ?? (s.lookupKey ? { l0: s.lookupKey } : {})
  writeSecrets(keysDir, {
    ...s, dataKeys: { ...s.dataKeys, [data]: randomBytes(32).toString('base64') }, activeDataKey: data,
    lookupKeys: { ...lookupKeys, [lookup]: randomBytes(32).toString('base64') }, activeLookupKey: lookup, lookupKey: undefined
  })
  return { data, lookup }
}

/** Step 3: only the active keys remain. */
export function dropOldKeys(keysDir: string): void {
  const s = readSecrets(keysDir)
  const lookupKeys = s.lookupKeys ?? {}
  writeSecrets(keysDir, {
    ...s, dataKeys: { [s.activeDataKey]: s.dataKeys[s.activeDataKey] },
    lookupKeys: { [s.activeLookupKey as string]: lookupKeys[s.activeLookupKey as string] }
  })
}

export async function countOld(db: Kysely<any>, data: string, lookup: string): Promise<number> {
  let n = 0
  for (const f of SEALED) n += Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(f.table)} where ${sql.ref(f.column)} is not null and ${sql.ref(f.column)} not like ${`v1.${data}.%`}`.execute(db)).rows[0].n)
  for (const f of HASHED) n += Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(f.table)} where ${sql.ref(f.column)} is not null and ${sql.ref(f.column)} not like ${`${lookup}.%`}`.execute(db)).rows[0].n)
  return n
}

/** Step 2: re-key every old value, using a protector that knows both the old and the new keys. */
export async function rekeyAll(db: Kysely<any>, keysDir: string): Promise<Omit<RotationReport, 'remainingOld'>> {
  const s = readSecrets(keysDir)
  const pii = new AesGcmProtector(dataKeysOf(s))
  const { data, lookup } = pii.activeKeyIds
  let resealed = 0
  let rehashed = 0
  for (const f of SEALED) {
    for (;;) {
      const rows = (await sql<{ k: string; v: string }>`select ${sql.ref(f.key)} as k, ${sql.ref(f.column)} as v from ${sql.table(f.table)} where ${sql.ref(f.column)} is not null and ${sql.ref(f.column)} not like ${`v1.${data}.%`} limit ${BATCH}`.execute(db)).rows
      if (rows.length === 0) break
      await db.transaction().execute(async tx => {
        for (const r of rows) await sql`update ${sql.table(f.table)} set ${sql.ref(f.column)} = ${pii.seal(pii.open(r.v))} where ${sql.ref(f.key)} = ${r.k}`.execute(tx)
      })
      resealed += rows.length
    }
  }
  for (const f of HASHED) {
    for (;;) {
      const rows = (await sql<{ k: string; p: string }>`select ${sql.ref(f.key)} as k, ${sql.ref(f.from)} as p from ${sql.table(f.table)} where ${sql.ref(f.column)} is not null and ${sql.ref(f.from)} is not null and ${sql.ref(f.column)} not like ${`${lookup}.%`} limit ${BATCH}`.execute(db)).rows
      if (rows.length === 0) break
      await db.transaction().execute(async tx => {
        for (const r of rows) await sql`update ${sql.table(f.table)} set ${sql.ref(f.column)} = ${pii.lookupHash(f.kind, pii.open(r.p))} where ${sql.ref(f.key)} = ${r.k}`.execute(tx)
      })
      rehashed += rows.length
    }
  }
  // Pending imports keep their rows' hashes until approval: re-key those too, from the sealed number.
  const pending = (await sql<{ import_id: string; line: number; data_json: string }>`select r.import_id, r.line, r.data_json from import_rows r join imports i on i.id = r.import_id where i.state in ('processing', 'preview')`.execute(db)).rows
  for (const r of pending) {
    const rec = JSON.parse(r.data_json) as { idHash?: string; idEnc?: string }
    if (!rec.idEnc || !rec.idHash || rec.idHash.startsWith(`${lookup}.`)) continue
    const next = { ...rec, idHash: pii.lookupHash('id', pii.open(rec.idEnc)), idEnc: pii.seal(pii.open(rec.idEnc)) }
    await sql`update import_rows set data_json = ${JSON.stringify(next)} where import_id = ${r.import_id} and line = ${r.line}`.execute(db)
    rehashed++
  }
  // One-time codes under the old key are short-lived; unconsumed ones are dropped (users request a new code).
  const dropped = await sql`delete from otp_challenges where code_hash not like ${`${lookup}.%`}`.execute(db)
  return { dataKey: data, lookupKey: lookup, resealed, rehashed, droppedOtps: Number(dropped.numAffectedRows ?? 0) }
}
