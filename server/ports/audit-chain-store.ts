// Reading and maintaining the hash-chained audit log: entries, signed checkpoints of the chain head,
// and signed purge markers (so the chain stays verifiable after old entries are deleted).
export interface ChainEntry {
  seq: number
  at: number
  region: string | null
  actor: string
  action: string
  subject: string | null
  reason: string | null
  data: string
  prevHash: string
  hash: string
}

export interface Checkpoint { seq: number; hash: string; at: number; kid: string; signature: string }
export interface PurgeMarker { throughSeq: number; hash: string; at: number; count: number; kid: string; signature: string }

export interface AuditChainStore {
  head(): Promise<{ seq: number; hash: string }>
  entries(afterSeq: number, limit: number): Promise<ChainEntry[]>
  entry(seq: number): Promise<ChainEntry | null>
  checkpoints(): Promise<Checkpoint[]>
  lastCheckpoint(): Promise<Checkpoint | null>
  addCheckpoint(c: Checkpoint): Promise<boolean>
  purges(): Promise<PurgeMarker[]>
  /** Deletes entries up to and including `throughSeq` and records the signed marker, in one transaction. */
  purge(marker: PurgeMarker): Promise<number>
  countBefore(at: number): Promise<{ throughSeq: number; count: number } | null>
}
