// Verifies the audit log: every entry's hash over its predecessor's, contiguous sequence numbers from the
// last signed purge marker, the head, and every signed checkpoint. Reports the first bad entry.
import type { TrustListIssuer } from '@core/credential/trust-list'
import type { Store } from '../../ports/store'
import { entryHash } from '../../kernel/audit-chain'
import { checkpointMessage, purgeMessage, verifyWith } from './checkpoint-signature'

export interface ChainReport {
  ok: boolean
  entries: number
  checkpoints: number
  firstBadSeq: number | null
  problem: string | null
}

const GENESIS = '0'.repeat(64)

export async function verifyAuditChain(store: Store, keys: TrustListIssuer[]): Promise<ChainReport> {
  const chain = store.auditChain
  const fail = (entries: number, checkpoints: number, seq: number | null, problem: string): ChainReport => ({ ok: false, entries, checkpoints, firstBadSeq: seq, problem })
  const purges = await chain.purges()
  for (const p of purges) {
    if (!verifyWith(keys, p.kid, purgeMessage(p.throughSeq, p.hash, p.count, p.at), p.signature)) return fail(0, 0, p.throughSeq, 'purge marker signature invalid')
  }
  const marker = purges[purges.length - 1]
  let prev = marker ? marker.hash : GENESIS
  let expected = marker ? marker.throughSeq + 1 : 1
  const checkpoints = (await chain.checkpoints()).filter(c => !marker || c.seq > marker.throughSeq)
  for (const c of checkpoints) {
    if (!verifyWith(keys, c.kid, checkpointMessage(c.seq, c.hash, c.at), c.signature)) return fail(0, 0, c.seq, 'checkpoint signature invalid')
  }
  const bySeq = new Map(checkpoints.map(c => [c.seq, c]))
  let count = 0
  let checked = 0
  let after = expected - 1
  for (;;) {
    const page = await chain.entries(after, 2000)
    if (page.length === 0) break
    for (const e of page) {
      if (e.seq !== expected) return fail(count, checked, expected, `entry ${expected} is missing (next present: ${e.seq})`)
      if (e.prevHash !== prev) return fail(count, checked, e.seq, 'entry does not follow its predecessor (deleted or reordered)')
      if (entryHash(prev, e) !== e.hash) return fail(count, checked, e.seq, 'entry was edited: its hash does not match its content')
      const cp = bySeq.get(e.seq)
      if (cp) {
        if (cp.hash !== e.hash) return fail(count, checked, e.seq, 'entry differs from its signed checkpoint (chain recomputed)')
        checked++
      }
      prev = e.hash
      expected++
      count++
    }
    after = page[page.length - 1].seq
  }
  const beyond = checkpoints.find(c => c.seq >= expected)
  if (beyond) return fail(count, checked, expected, `entries up to the signed checkpoint ${beyond.seq} are missing`)
  const head = await chain.head()
  if (head.seq !== expected - 1 || (count > 0 && head.hash !== prev)) return fail(count, checked, expected - 1, 'the chain head does not match the last entry')
  return { ok: true, entries: count, checkpoints: checked, firstBadSeq: null, problem: null }
}
