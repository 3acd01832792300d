// What retention needs from the store: delete each data class older than its cut-off, and, when a region
// ends its service, erase every personal table while hashing what was erased (the deletion report).

/** Epoch-ms cut-offs per data class; rows older than these go. */
export interface RetentionCutoffs {
  scans: number
  trips: number
  declarations: number
  imports: number
  history: number
  /** Short-lived rows (one-time codes, ended sessions, rate windows) older than this go too. */
  housekeeping: number
}

export interface ErasedData {
  /** Rows erased per table. */
  counts: Record<string, number>
  /** SHA-256 (hex) per table over the sorted canonical JSON of its erased rows. */
  hashes: Record<string, string>
  /** The tables, in the order they were erased. */
  tables: string[]
}

export interface RetentionStore {
  /** Deletes what is older than each cut-off; returns the count deleted per data class. */
  purgeBefore(cutoffs: RetentionCutoffs): Promise<Record<string, number>>
  /** Erases every table holding personal data, in one transaction. */
  eraseAllPersonalData(): Promise<ErasedData>
}
