// Everything a credential refresh needs about its holder, in one read (the refresh path does no writes).
export interface HolderSnapshot {
  accountId: string
  region: string
  surname: string
  idType: string
  idEnds: string
  status: 'green' | 'yellow' | 'red' | null
  revokedBefore: number | null
  deviceHash: string | null
  testValidUntil: number | null
  vaccinated: boolean | null
}

export interface HolderSnapshots {
  load(accountId: string): Promise<HolderSnapshot | null>
}
