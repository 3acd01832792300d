export interface Correction {
  id: string
  accountId: string
  region: string
  category: 'trip' | 'test' | 'vaccination' | 'identity' | 'status' | 'other'
  descriptionEnc: string
  state: 'open' | 'in-review' | 'upheld' | 'rejected'
  createdAt: number
  updatedAt: number
}

export interface CorrectionStore {
  insert(correction: Correction): Promise<void>
  listFor(accountId: string): Promise<Correction[]>
}
