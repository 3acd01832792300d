// Publishing a rule set: the host only verifies — a signature by the region's rules key (published in
// the trust list), the readable copy equal to the signed payload, a valid set, a strictly higher version.
// It never signs what is uploaded. Accepted sets apply at once, and every citizen is re-audited.
import { AppError } from '@core/api/app-error'
import { Locale } from '@core/api/messages'
import { DEFAULT_RULE_SET, verifyRuleSet, SignedRuleSetFile } from '@core/rules'
import type { TrustListJson } from '@core/credential/trust-list'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'
import type { Job } from '../../ports/job-store'
import { queueReassessment } from '../jobs/reassess-job'

export class PublishRules {
  constructor(private readonly deps: { store: Store; clock: Clock; trust: () => TrustListJson; startJob: (job: Job) => void }) {}

  async current(region: string) {
    const published = await this.deps.store.ruleSets.latest(region)
    if (published) return { source: 'published' as const, version: published.version, publishedAt: published.publishedAt, ruleSet: published.file.ruleSet, signed: published.file }
    return { source: 'built-in' as const, version: DEFAULT_RULE_SET.version, publishedAt: null, ruleSet: { ...DEFAULT_RULE_SET, region }, signed: null }
  }

  async publish(admin: Actor, file: SignedRuleSetFile, locale: Locale): Promise<{ version: number; job: Job }> {
    const { store, clock } = this.deps
    const region = admin.staff!.region
    const current = (await store.ruleSets.latestVersion(region)) ?? DEFAULT_RULE_SET.version
    const verdict = verifyRuleSet(file, this.deps.trust(), { currentVersion: current, at: clock.now() })
    if (!verdict.valid) {
      const message = locale === 'en' ? verdict.message.en : verdict.message.zh
      throw new AppError('INVALID_INPUT', verdict.detail, [{ path: 'signed', code: verdict.code, message }])
    }
    if (verdict.ruleSet.region !== region) throw new AppError('FORBIDDEN', 'rule set of another region')
    const now = clock.now()
    const job = await store.transaction(async tx => {
      await tx.ruleSets.insert({ region, version: verdict.ruleSet.version, file: { ruleSet: verdict.ruleSet, cose: file.cose }, publishedBy: admin.accountId, publishedAt: now })
      await tx.audit.append({ region, actor: admin.accountId, action: 'rules.publish', subject: `${verdict.ruleSet.id}@${verdict.ruleSet.version}`, data: { kid: verdict.kid, alg: verdict.alg } })
      return queueReassessment(tx, clock, region, { all: true, reason: 'rules', ruleVersion: verdict.ruleSet.version }, admin.accountId)
    })
    this.deps.startJob(job)
    return { version: verdict.ruleSet.version, job }
  }
}
