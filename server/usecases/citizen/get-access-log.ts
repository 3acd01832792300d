// Transparency for the holder: every access to their code or status — scans with the collection point,
// relatives' views, auditor and admin reads — each with who, where, when and the purpose; and every answer
// to a relatives' grant of theirs (accepted, declined, confirmed in person), on both people's histories.
import type { AccessEntry } from '@core/api/contract/citizen'
import { toBase64 } from '@core/encoding/bytes'
import { maskPhone } from '@core/identity/masking'
import type { Scan, ScanStore } from '../../ports/scan-store'
import type { PointStore } from '../../ports/point-store'
import type { StaffStore } from '../../ports/staff-store'
import type { AccountStore } from '../../ports/account-store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Store } from '../../ports/store'
import type { Actor } from '../actor'

const PURPOSES: Record<string, string> = {
  'read.grant': 'relative', 'read.evidence': 'case-review', 'read.attachment': 'case-review', 'read.personal': 'staff-read'
}

function scanOutcome(s: Scan): NonNullable<AccessEntry['outcome']> {
  if (s.verdict === 'update-needed') return 'unchecked'
  return s.verdict === 'valid' && s.status ? s.status : 'invalid'
}

export interface AccessLogDeps {
  scans: Pick<ScanStore, 'byHolder'>
  /** Audit-log entries of reads of this person's data. */
  accessReads: Store['accessReads']
  points: Pick<PointStore, 'find'>
  staff: Pick<StaffStore, 'find'>
  accounts: Pick<AccountStore, 'findById'>
  pii: Pick<PiiProtector, 'open'>
  pseudonymOf: (accountId: string) => Uint8Array
}

export class GetAccessLog {
  constructor(private readonly deps: AccessLogDeps) {}

  async execute(actor: Actor): Promise<{ entries: AccessEntry[] }> {
    const { scans: scanStore, accessReads, points, staff: staffStore, accounts, pii } = this.deps
    const holder = toBase64(this.deps.pseudonymOf(actor.accountId), true)
    const [scans, reads] = await Promise.all([scanStore.byHolder(holder, 200), accessReads(actor.accountId, 200)])
    const pointNames = new Map<string, string>()
    const staffNames = new Map<string, string>()
    const entries: AccessEntry[] = []
    for (const s of scans) {
      if (!pointNames.has(s.pointId)) pointNames.set(s.pointId, (await points.find(s.pointId))?.name ?? '')
      entries.push({ at: s.scannedAt, kind: 'scan', who: 'verifier', where: pointNames.get(s.pointId) ?? null, purpose: 'checkpoint', outcome: scanOutcome(s) })
    }
    const nameOf = async (id: string) => {
      if (!staffNames.has(id)) {
        const staff = await staffStore.find(id)
        const account = staff ? null : await accounts.findById(id)
        staffNames.set(id, staff ? `${staff.displayName} (${staff.role})` : account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : 'relative')
      }
      return staffNames.get(id) ?? ''
    }
    for (const r of reads) {
      if (r.action.startsWith('grant.')) {
        // An answer to a relatives' grant (accept, decline, or an auditor's confirmation in person): who is
        // the auditor, or else the other person of the grant (this person may have answered it themselves).
        const other = typeof r.data.other === 'string' ? r.data.other : null
        const byStaff = r.action === 'grant.confirm'
        const who = byStaff || r.actor !== actor.accountId ? r.actor : other
        entries.push({ at: r.at, kind: byStaff ? 'staff' : 'relative', who: who ? await nameOf(who) : 'relative', where: null, purpose: r.action.replace('.', '-') })
        continue
      }
      entries.push({ at: r.at, kind: r.action === 'read.grant' ? 'relative' : 'staff', who: await nameOf(r.actor), where: null, purpose: r.reason ?? PURPOSES[r.action] ?? r.action })
    }
    return { entries: entries.sort((a, b) => b.at - a.at) }
  }
}
