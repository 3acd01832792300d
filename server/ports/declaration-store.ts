export interface Trip {
  region: string
  from: string
  to: string
}

export interface StoredDeclaration {
  id: string
  accountId: string
  kind: 'health' | 'trip' | 'checkin'
  at: number
  /** AES-GCM sealed JSON of the declared health, contact and certificates. */
  dataEnc: string
}

export interface DeclarationStore {
  insert(declaration: StoredDeclaration, trips: Trip[]): Promise<void>
  latest(accountId: string, kinds: StoredDeclaration['kind'][]): Promise<StoredDeclaration | null>
  tripsSince(accountId: string, fromDate: string): Promise<Trip[]>
  /** Idempotent per day. */
  recordCheckin(accountId: string, day: string, at: number): Promise<void>
  checkinDays(accountId: string, limit: number): Promise<string[]>
}
