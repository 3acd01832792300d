// Imported records (keyed by the ID number's keyed hash) and the batch reads a re-audit needs.
import type { Trip } from './declaration-store'

export interface LabRecord { result: 'negative' | 'positive'; sampledAt: number; importId: string }
export interface VaccinationRecord { doses: number; complete: boolean; lastDoseDate: string; importId: string }
export interface CaseContactRecord { kind: 'confirmed' | 'suspected' | 'close' | 'secondary'; listedAt: string; importId: string }

export interface PersonRecords {
  labs: LabRecord[]
  vaccinations: VaccinationRecord[]
  contacts: CaseContactRecord[]
}

export interface CitizenKey { accountId: string; idHash: string; region: string }

export interface AuditDataStore {
  records(idHashes: string[]): Promise<Map<string, PersonRecords>>
  insertLab(idHash: string, idEnc: string, r: LabRecord & { institution: string }, at: number): Promise<boolean>
  insertVaccination(idHash: string, idEnc: string, r: VaccinationRecord, at: number): Promise<boolean>
  insertCaseContact(idHash: string, idEnc: string, r: CaseContactRecord, at: number): Promise<boolean>

  citizens(accountIds: string[]): Promise<CitizenKey[]>
  latestDeclarations(accountIds: string[]): Promise<Map<string, { at: number; dataEnc: string }>>
  trips(accountIds: string[], fromDate: string): Promise<Map<string, Trip[]>>
  checkinDays(accountIds: string[], sinceDay: string): Promise<Map<string, string[]>>
  /** Accounts with a trip to any of these codes (exact county codes or prefixes) ending on or after `fromDate`. */
  accountsWithTrips(codes: string[], fromDate: string): Promise<string[]>
  accountsByIdHashes(idHashes: string[]): Promise<string[]>
  /** The region's citizens in id order, a page at a time (full passes). */
  citizenPage(region: string, afterAccountId: string, limit: number): Promise<string[]>
  countCitizens(region: string): Promise<number>
}
