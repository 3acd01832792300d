// Who an import can affect: for risk areas, everyone with a trip to the area in the trip window; for
// person records, the citizens whose ID hash they carry (matched by keyed hash, never the plain number).
import { chinaDate } from '@core/declaration/schema'
import { TRIP_WINDOW_DAYS } from '@core/declaration/vocabulary'
import type { Store } from '../../ports/store'
import type { PersonRecords } from '../../ports/audit-data-store'
import type { RiskArea } from '../../ports/risk-area-store'
import type { ImportRecord } from '../../ports/import-store'

export async function affectedAccounts(store: Pick<Store, 'auditData'>, records: ImportRecord[], nowMs: number): Promise<string[]> {
  const areas = records.filter(r => r.kind === 'risk-area') as Extract<ImportRecord, { kind: 'risk-area' }>[]
  const hashes = [...new Set(records.filter(r => r.kind !== 'risk-area').map(r => (r as { idHash: string }).idHash))]
  const fromDate = chinaDate(nowMs - TRIP_WINDOW_DAYS * 86400_000)
  const byTrips = areas.length ? await store.auditData.accountsWithTrips([...new Set(areas.map(a => a.regionCode))], fromDate) : []
  const byPerson: string[] = []
  for (let i = 0; i < hashes.length; i += 500) byPerson.push(...await store.auditData.accountsByIdHashes(hashes.slice(i, i + 500)))
  return [...new Set([...byTrips, ...byPerson])].sort()
}

/** The import's records as they will look once stored, for a dry-run audit. */
export function overlayOf(records: ImportRecord[], importId: string): { areas: RiskArea[]; persons: Map<string, PersonRecords> } {
  const areas: RiskArea[] = []
  const persons = new Map<string, PersonRecords>()
  const person = (h: string) => { let p = persons.get(h); if (!p) { p = { labs: [], vaccinations: [], contacts: [] }; persons.set(h, p) } return p }
  for (const r of records) {
    if (r.kind === 'risk-area') areas.push({ id: `preview:${r.regionCode}`, regionCode: r.regionCode, level: r.level, from: r.from, to: r.to, source: 'import' })
    else if (r.kind === 'lab') person(r.idHash).labs.push({ result: r.result, sampledAt: r.sampledAt, importId })
    else if (r.kind === 'vaccination') person(r.idHash).vaccinations.push({ doses: r.doses, complete: r.complete, lastDoseDate: r.lastDoseDate, importId })
    else person(r.idHash).contacts.push({ kind: r.contact, listedAt: r.listedAt, importId })
  }
  return { areas, persons }
}
