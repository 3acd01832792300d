// How the auditor console names people: a citizen masked as the standards show it (surname + *, first
// and last two digits of the ID) with their holder pseudonym and colour, and staff by display name.
import { maskedIdOf } from '@core/identity/id-mask'
import type { MaskedPerson } from '@core/api/contract/review'
import type { CitizenStore } from '../../ports/citizen-store'
import type { StatusStore } from '../../ports/status-store'
import type { StaffStore } from '../../ports/staff-store'

export interface PersonReads {
  citizens: Pick<CitizenStore, 'find'>
  statuses: Pick<StatusStore, 'findMany'>
}

export async function maskedPerson(deps: PersonReads, accountId: string): Promise<MaskedPerson | null> {
  const [citizen, status] = await Promise.all([deps.citizens.find(accountId), deps.statuses.findMany([accountId])])
  return citizen ? { name: citizen.surname + '*', id: maskedIdOf(citizen.idType, citizen.idEnds), holder: citizen.holder, status: status.get(accountId)?.record.status ?? null } : null
}

export async function staffName(staff: Pick<StaffStore, 'find'>, accountId: string | null): Promise<string | null> {
  if (!accountId) return null
  return (await staff.find(accountId))?.displayName ?? null
}
