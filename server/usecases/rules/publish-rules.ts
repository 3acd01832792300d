// Publishing a rule set: the host only verifies — a signature by the region's rules key (published in
// the trust list), the readable copy equal to the signed payload, a valid set, a strictly higher version.
// It never signs what is uploaded. Accepted sets apply at once, and every citizen is re-audited.
import { AppError } from '@core/api/app-error'
import type { Locale } from '@core/api/messages'
import { DEFAULT_RULE_SET, verifyRuleSet } from '@core/rules'
import type { PublishedRules, rulesPublish } from '@core/api/contract/rules'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { JobStarter } from '../../ports/job-starter'
import type { TrustEntries } from '../../ports/trust-entries'
import type { Actor } from '../actor'
import { queueReassessment } from '../jobs/reassess-job'

export interface PublishRulesDeps {
  store: Store
  clock: Clock
  /** The keys a rule set may be signed with (the region's rules key among them). */
  keys: TrustEntries
  jobs: JobStarter
}

export class PublishRules {
  constructor(private readonly deps: PublishRulesDeps) {}

  async execute(admin: Actor, { signed }: ParsedInputOf<typeof rulesPublish>, locale: Locale): Promise<PublishedRules> {
    const { store, clock } = this.deps
    const region = admin.staff!.region
    const current = (await store.ruleSets.latestVersion(region)) ?? DEFAULT_RULE_SET.version
    const verdict = verifyRuleSet(signed, { issuers: this.deps.keys.trustEntries() }, { currentVersion: current, at: clock.now() })
    if (!verdict.valid) {
      const message = locale === 'en' ? verdict.message.en : verdict.message.zh
      throw new AppError('INVALID_INPUT', verdict.detail, [{ path: 'signed', code: verdict.code, message }])
    }
    if (verdict.ruleSet.region !== region) throw new AppError('FORBIDDEN', 'rule set of another region')
    // A valid verdict means `cose` is the signature's base64 text.
    const cose = signed.cose as string
    const now = clock.now()
    const job = await store.transaction(async tx => {
      await tx.ruleSets.insert({ region, version: verdict.ruleSet.version, file: { ruleSet: verdict.ruleSet, cose }, publishedBy: admin.accountId, publishedAt: now })
      await tx.audit.append({ region, actor: admin.accountId, action: 'rules.publish', subject: `${verdict.ruleSet.id}@${verdict.ruleSet.version}`, data: { kid: verdict.kid, alg: verdict.alg } })
      return queueReassessment(tx, clock, region, { all: true, reason: 'rules', ruleVersion: verdict.ruleSet.version }, admin.accountId)
    })
    this.deps.jobs.start(job)
    return { version: verdict.ruleSet.version, job }
  }
}
