export interface Citizen {
  accountId: string
  region: string
  nameEnc: string
  surname: string
  idType: string
  idEnc: string
  idHash: string
  /** What the ID number's mask is drawn from (src/core/identity/id-mask.ts, storedMask). */
  idEnds: string
  /** Sealed JSON of the nationality, sex and birth date stated with a document whose number does not carry them; null otherwise. */
  particularsEnc: string | null
  /** base64url holder pseudonym in this region's codes */
  holder: string
  householdRegion: string
  addressEnc: string
  boundAt: number
}

/** Real-name binding and consent. */
export interface CitizenStore {
  find(accountId: string): Promise<Citizen | null>
  findByIdHash(idHashes: string | string[]): Promise<Citizen | null>
  findByHolder(holder: string): Promise<Citizen | null>
  bind(citizen: Citizen): Promise<void>
  /** Removes the account's real-name binding (an identity recovery moved it to another account). */
  unbind(accountId: string): Promise<void>
  acceptConsent(accountId: string, version: string, at: number): Promise<void>
  hasConsent(accountId: string, version: string): Promise<boolean>
}
