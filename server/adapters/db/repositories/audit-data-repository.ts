import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'
import { newId } from '../../../kernel/ids'
import type { AuditDataStore, CaseContactRecord, CitizenKey, LabRecord, PersonRecords, VaccinationRecord } from '../../../ports/audit-data-store'
import type { Trip } from '../../../ports/declaration-store'

const KINDS = ['health', 'checkin']

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const r of rows) { const k = key(r); const list = m.get(k); if (list) list.push(r); else m.set(k, [r]) }
  return m
}

export class AuditDataRepository implements AuditDataStore {
  constructor(private readonly db: Kysely<Database>) {}

  async records(idHashes: string[]): Promise<Map<string, PersonRecords>> {
    const out = new Map<string, PersonRecords>()
    if (idHashes.length === 0) return out
    const [labs, vax, contacts] = await Promise.all([
      this.db.selectFrom('lab_results').select(['id_hash', 'result', 'sampled_at', 'import_id']).where('id_hash', 'in', idHashes).execute(),
      this.db.selectFrom('vaccinations').select(['id_hash', 'doses', 'complete', 'last_dose_date', 'import_id']).where('id_hash', 'in', idHashes).execute(),
      this.db.selectFrom('case_contacts').select(['id_hash', 'kind', 'listed_at', 'import_id']).where('id_hash', 'in', idHashes).execute()
    ])
    const get = (h: string) => { let r = out.get(h); if (!r) { r = { labs: [], vaccinations: [], contacts: [] }; out.set(h, r) } return r }
    for (const l of labs) get(l.id_hash).labs.push({ result: l.result as LabRecord['result'], sampledAt: Number(l.sampled_at), importId: l.import_id })
    for (const v of vax) get(v.id_hash).vaccinations.push({ doses: v.doses, complete: Number(v.complete) === 1, lastDoseDate: v.last_dose_date, importId: v.import_id })
    for (const c of contacts) get(c.id_hash).contacts.push({ kind: c.kind as CaseContactRecord['kind'], listedAt: c.listed_at, importId: c.import_id })
    return out
  }

  async insertLab(idHash: string, idEnc: string, r: LabRecord & { institution: string }, at: number) {
    const res = await this.db.insertInto('lab_results').values({ id: newId(), id_hash: idHash, id_enc: idEnc, created_at: at, result: r.result, sampled_at: r.sampledAt, institution: r.institution, import_id: r.importId })
      .onConflict(oc => oc.columns(['id_hash', 'sampled_at', 'result']).doNothing()).executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async insertVaccination(idHash: string, idEnc: string, r: VaccinationRecord, at: number) {
    const res = await this.db.insertInto('vaccinations').values({ id: newId(), id_hash: idHash, id_enc: idEnc, created_at: at, doses: r.doses, complete: r.complete ? 1 : 0, last_dose_date: r.lastDoseDate, import_id: r.importId })
      .onConflict(oc => oc.columns(['id_hash', 'last_dose_date', 'doses']).doNothing()).executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async insertCaseContact(idHash: string, idEnc: string, r: CaseContactRecord, at: number) {
    const res = await this.db.insertInto('case_contacts').values({ id: newId(), id_hash: idHash, id_enc: idEnc, created_at: at, kind: r.kind, listed_at: r.listedAt, import_id: r.importId })
      .onConflict(oc => oc.columns(['id_hash', 'kind', 'listed_at']).doNothing()).executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async citizens(accountIds: string[]): Promise<CitizenKey[]> {
    if (accountIds.length === 0) return []
    const rows = await this.db.selectFrom('citizens').select(['account_id', 'id_hash', 'region']).where('account_id', 'in', accountIds).execute()
    return rows.map(r => ({ accountId: r.account_id, idHash: r.id_hash, region: r.region }))
  }

  async latestDeclarations(accountIds: string[]) {
    const out = new Map<string, { at: number; dataEnc: string }>()
    if (accountIds.length === 0) return out
    const rows = await this.db.selectFrom('declarations as d').select(['d.account_id', 'd.at', 'd.data_enc'])
      .where('d.account_id', 'in', accountIds).where('d.kind', 'in', KINDS)
      .where('d.at', '=', eb => eb.selectFrom('declarations as d2').select(eb2 => eb2.fn.max('d2.at').as('m'))
        .whereRef('d2.account_id', '=', 'd.account_id').where('d2.kind', 'in', KINDS))
      .execute()
    for (const r of rows) out.set(r.account_id, { at: Number(r.at), dataEnc: r.data_enc })
    return out
  }

  async trips(accountIds: string[], fromDate: string): Promise<Map<string, Trip[]>> {
    if (accountIds.length === 0) return new Map()
    const rows = await this.db.selectFrom('trips').select(['account_id', 'region', 'from_date', 'to_date'])
      .where('account_id', 'in', accountIds).where('to_date', '>=', fromDate).execute()
    const m = group(rows, r => r.account_id)
    return new Map([...m].map(([k, v]) => [k, v.map(r => ({ region: r.region, from: r.from_date, to: r.to_date }))]))
  }

  async checkinDays(accountIds: string[], sinceDay: string) {
    if (accountIds.length === 0) return new Map<string, string[]>()
    const rows = await this.db.selectFrom('checkins').select(['account_id', 'day']).where('account_id', 'in', accountIds).where('day', '>=', sinceDay).orderBy('day', 'desc').execute()
    const m = group(rows, r => r.account_id)
    return new Map([...m].map(([k, v]) => [k, v.map(r => r.day)]))
  }

  async accountsWithTrips(codes: string[], fromDate: string) {
    if (codes.length === 0) return []
    const rows = await this.db.selectFrom('trips').select('account_id').distinct()
      .where('to_date', '>=', fromDate)
      .where(eb => eb.or(codes.map(code => code.endsWith('0000') ? eb('region', 'like', code.slice(0, 2) + '%')
        : code.endsWith('00') ? eb('region', 'like', code.slice(0, 4) + '%') : eb('region', '=', code))))
      .execute()
    return rows.map(r => r.account_id)
  }

  async accountsByIdHashes(idHashes: string[]) {
    if (idHashes.length === 0) return []
    return (await this.db.selectFrom('citizens').select('account_id').where('id_hash', 'in', idHashes).execute()).map(r => r.account_id)
  }

  async citizenPage(region: string, afterAccountId: string, limit: number) {
    return (await this.db.selectFrom('citizens').select('account_id').where('region', '=', region).where('account_id', '>', afterAccountId)
      .orderBy('account_id').limit(limit).execute()).map(r => r.account_id)
  }

  async countCitizens(region: string) {
    const r = await this.db.selectFrom('citizens').select(sql<number>`count(*)`.as('n')).where('region', '=', region).executeTakeFirst()
    return Number(r?.n ?? 0)
  }
}
