// 验码 (GB/T 38963 verify code), online: the server verifies with its freshest trust and revocation list,
// looks up the current status behind a paper code of its own region, and records the scan once.
import { verify } from '@core/credential/verify'
import { prepareTrust, PreparedTrust } from '@core/credential/trust-list'
import { verifierView, VerifierView } from '@core/credential/verifier-view'
import type { HealthCodeClaims } from '@core/credential/claims'
import type { Container } from '../../runtime/container'
import type { Actor } from '../actor'
import { currentTrustList } from '../credential/trust-list'
import { scanFrom, verifierPoint } from './record-scans'

let prepared: { key: string; trust: PreparedTrust } | null = null

async function freshTrust(c: Container): Promise<PreparedTrust> {
  const list = await currentTrustList(c)
  const key = JSON.stringify(list.revocations?.map(r => (typeof r === 'string' ? r : r.seq)))
  if (!prepared || prepared.key !== key) prepared = { key, trust: prepareTrust(list) }
  return prepared.trust
}

export class VerifyOnline {
  constructor(private readonly c: Container) {}

  async execute(actor: Actor, input: { text: string; idempotencyKey: string }): Promise<{ view: VerifierView; paperStatus: 'green' | 'yellow' | 'red' | null; recorded: boolean }> {
    const { c } = this
    const point = await verifierPoint(c.store, actor)
    const now = c.clock.now()
    const result = verify(input.text, await freshTrust(c), now)
    const view = verifierView(result)
    const claims = result.claims as HealthCodeClaims | null
    const holder = claims && result.kind !== 'dcc' ? claims.holder : null
    let paperStatus: 'green' | 'yellow' | 'red' | null = null
    if (view.valid && view.paper && claims?.iss === point.region && holder) {
      const citizen = await c.store.citizens.findByHolder(holder)
      paperStatus = citizen ? (await c.store.statuses.find(citizen.accountId))?.record.status ?? null : null
    }
    const recorded = await c.store.scans.record(scanFrom({
      idempotencyKey: input.idempotencyKey, scannedAt: now, valid: view.valid, updateNeeded: false, kind: view.kind,
      reasons: view.reasons, status: paperStatus ?? view.status, holder, holderRegion: claims?.iss ?? null, offline: false
    }, actor, point, now))
    return { view, paperStatus, recorded }
  }
}
