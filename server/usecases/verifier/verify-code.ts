// 验码 (GB/T 38963 verify code), online: the server verifies with its freshest trust and revocation list,
// looks up the current status behind a paper code of its own region, and records the scan once.
import { verify } from '@core/credential/verify'
import { prepareTrust, type PreparedTrust, type TrustListJson } from '@core/credential/trust-list'
import { verifierView } from '@core/credential/verifier-view'
import type { HealthCodeClaims } from '@core/credential/claims'
import type { HealthStatus } from '@core/credential/format'
import type { OnlineVerification, codeVerify } from '@core/api/contract/verifier'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { CitizenStore } from '../../ports/citizen-store'
import type { Clock } from '../../ports/clock'
import type { PointStore } from '../../ports/point-store'
import type { ScanStore } from '../../ports/scan-store'
import type { StatusStore } from '../../ports/status-store'
import type { Actor } from '../actor'
import { scanFrom, verifierPoint } from './scan-placement'

// Preparing the keys costs more than a verification: kept per process until the revocations change.
let prepared: { key: string; trust: PreparedTrust } | null = null

function preparedOf(list: TrustListJson): PreparedTrust {
  const key = JSON.stringify(list.revocations?.map(r => (typeof r === 'string' ? r : r.seq)))
  if (!prepared || prepared.key !== key) prepared = { key, trust: prepareTrust(list) }
  return prepared.trust
}

export interface VerifyCodeDeps {
  points: Pick<PointStore, 'find'>
  citizens: Pick<CitizenStore, 'findByHolder'>
  statuses: Pick<StatusStore, 'find'>
  scans: Pick<ScanStore, 'record'>
  clock: Clock
  /** The trust list as published now (keys and the freshest revocation list). */
  trustList: () => Promise<TrustListJson>
}

export class VerifyCode {
  constructor(private readonly deps: VerifyCodeDeps) {}

  async execute(actor: Actor, input: ParsedInputOf<typeof codeVerify>): Promise<OnlineVerification> {
    const { points, citizens, statuses, scans, clock } = this.deps
    const point = await verifierPoint(points, actor)
    const now = clock.now()
    const result = verify(input.text, preparedOf(await this.deps.trustList()), now)
    const view = verifierView(result)
    const claims = result.claims as HealthCodeClaims | null
    const holder = claims && result.kind !== 'dcc' ? claims.holder : null
    let paperStatus: HealthStatus | null = null
    if (view.valid && view.paper && claims?.iss === point.region && holder) {
      const citizen = await citizens.findByHolder(holder)
      paperStatus = citizen ? (await statuses.find(citizen.accountId))?.record.status ?? null : null
    }
    const recorded = await scans.record(scanFrom({
      idempotencyKey: input.idempotencyKey, scannedAt: now, valid: view.valid, updateNeeded: false, kind: view.kind,
      reasons: view.reasons, status: paperStatus ?? view.status, holder, holderRegion: claims?.iss ?? null, offline: false
    }, actor, point, now))
    return { view, paperStatus, recorded }
  }
}
