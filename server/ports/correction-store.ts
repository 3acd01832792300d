export interface Correction {
  id: string
  /** The short reference the person reads out (core/validation/reference-number.ts); null only for rows older than it. */
  reference: string | null
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
