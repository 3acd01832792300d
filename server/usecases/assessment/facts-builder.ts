// Gathers one citizen's facts from the store at one clock (the declaration path). The re-audit of many
// citizens uses batch-facts.ts; both assemble with assemble-facts.ts.
import { ancestorsOf } from '@core/regions/codes'
import { chinaDate } from '@core/declaration/schema'
import { TRIP_WINDOW_DAYS } from '@core/declaration/vocabulary'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import { assembleFacts, AssembledFacts } from './assemble-facts'

const EMPTY = { labs: [], vaccinations: [], contacts: [] }

/** `justDeclared` is the declaration written in this same transaction, so it need not be read back and decrypted. */
export async function buildFacts(store: Store, pii: PiiProtector, accountId: string, nowMs: number, justDeclared?: { at: number; data: StoredDeclaration }): Promise<AssembledFacts> {
  const windowStart = chinaDate(nowMs - TRIP_WINDOW_DAYS * 86400_000)
  const [latest, trips, checkinDays, citizen] = await Promise.all([
    justDeclared ? null : store.declarations.latest(accountId, ['health', 'checkin']),
    store.declarations.tripsSince(accountId, windowStart),
    store.declarations.checkinDays(accountId, 60),
    store.citizens.find(accountId)
  ])
  const codes = [...new Set(trips.flatMap(t => ancestorsOf(t.region)))]
  const [areas, records] = await Promise.all([
    store.riskAreas.atCodes(codes),
    citizen ? store.auditData.records([citizen.idHash]) : Promise.resolve(new Map())
  ])
  const declaration = justDeclared ?? (latest ? { at: latest.at, data: JSON.parse(pii.open(latest.dataEnc)) as StoredDeclaration } : null)
  return assembleFacts(nowMs, { declaration, trips, checkinDays, records: (citizen && records.get(citizen.idHash)) || EMPTY }, areas)
}
