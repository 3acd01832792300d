// Transparency for the holder: every access to their code or status — scans with the collection point,
// relatives' views, auditor and admin reads — each with who, where, when and the purpose.
import type { Container } from '../../runtime/container'
import type { Actor } from '../actor'
import type { Scan } from '../../ports/scan-store'
import { toBase64 } from '@core/encoding/bytes'
import { maskPhone } from '@core/identity/masking'

export interface AccessEntry {
  at: number
  kind: 'scan' | 'relative' | 'staff'
  who: string
  where: string | null
  purpose: string
  /** Scans only: what the checkpoint saw — the colour, that the code was not accepted, or that the
   * checkpoint's own lists were too old to decide. */
  outcome?: 'green' | 'yellow' | 'red' | 'invalid' | 'unchecked'
}

const PURPOSES: Record<string, string> = {
  'read.grant': 'relative', 'read.evidence': 'case-review', 'read.attachment': 'case-review', 'read.personal': 'staff-read'
}

function scanOutcome(s: Scan): NonNullable<AccessEntry['outcome']> {
  if (s.verdict === 'update-needed') return 'unchecked'
  return s.verdict === 'valid' && s.status ? s.status : 'invalid'
}

export class AccessLog {
  constructor(private readonly c: Container) {}

  async execute(actor: Actor): Promise<{ entries: AccessEntry[] }> {
    const { store, pii } = this.c
    const holder = toBase64(this.c.pseudonymOf(actor.accountId), true)
    const [scans, reads] = await Promise.all([store.scans.byHolder(holder, 200), store.accessReads(actor.accountId, 200)])
    const pointNames = new Map<string, string>()
    const staffNames = new Map<string, string>()
    const entries: AccessEntry[] = []
    for (const s of scans) {
      if (!pointNames.has(s.pointId)) pointNames.set(s.pointId, (await store.points.find(s.pointId))?.name ?? '')
      entries.push({ at: s.scannedAt, kind: 'scan', who: 'verifier', where: pointNames.get(s.pointId) ?? null, purpose: 'checkpoint', outcome: scanOutcome(s) })
    }
    for (const r of reads) {
      if (!staffNames.has(r.actor)) {
        const staff = await store.staff.find(r.actor)
        const account = staff ? null : await store.accounts.findById(r.actor)
        staffNames.set(r.actor, staff ? `${staff.displayName} (${staff.role})` : account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : 'relative')
      }
      entries.push({ at: r.at, kind: r.action === 'read.grant' ? 'relative' : 'staff', who: staffNames.get(r.actor) ?? '', where: null, purpose: r.reason ?? PURPOSES[r.action] ?? r.action })
    }
    return { entries: entries.sort((a, b) => b.at - a.at) }
  }
}
