// 健康申报 (GB/T 38963 health declaration). The first declaration also binds the real name, within the
// limits on binding tries (identity-attempts.ts). Validation happens before any write; the declaration, the
// assessment, the status change and its revocation commit in one transaction, and a fresh credential for
// the bound phone comes back in the answer.
import { AppError } from '@core/api/app-error'
import type { DeclarationInput, DeclarationResult } from '@core/api/contract/citizen'
import { issueMessage, type Locale } from '@core/api/messages'
import { chinaDate } from '@core/declaration/schema'
import { toBase64 } from '@core/encoding/bytes'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { IdDecrypter } from '../../ports/id-decrypter'
import type { RegionDirectory } from '../../ports/region-directory'
import type { Citizen } from '../../ports/citizen-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { openIdNumber, prepareBinding } from './bind-identity'
import { assertKnownRegions } from './check-regions'
import { afterCommit, finishDeclaration, type FinishDeps } from './finish-declaration'
import { admitAttempt, attemptRecord, identityCheckRequired, identityClaim, recordRefusal, type IdBindingLimits, type IdentityClaim } from './identity-attempts'
import { requireConsent } from './require-consent'

/** The transaction's answer when the try was refused: its record commits, then the one 40306 is thrown. */
const REFUSED = Symbol('refused')

export interface DeclareHealthDeps extends FinishDeps {
  store: Store
  pii: PiiProtector
  clock: Clock
  ids: IdDecrypter
  regions: Pick<RegionDirectory, 'isCounty' | 'name'>
  /** The region this host serves: a citizen binds here. */
  region: string
  /** Hourly limits on binding tries (per client address, per region). */
  limits: IdBindingLimits
}

export class DeclareHealth {
  constructor(private readonly deps: DeclareHealthDeps) {}

  /** `ip`: the caller's address, for the per-address limit on binding tries ('' when the platform gives none). */
  async execute(actor: Actor, input: DeclarationInput, locale: Locale, ip = ''): Promise<DeclarationResult> {
    const { store, pii, clock, ids, region } = this.deps
    const accountId = actor.accountId
    assertKnownRegions(this.deps.regions, input, locale)
    await requireConsent(store.citizens, accountId)
    const now = clock.now()
    const bound = await store.citizens.find(accountId)
    if (bound && input.basic) throw new AppError('IDENTITY_LOCKED')
    if (!bound && !input.basic) throw new AppError('INVALID_INPUT', 'basic information required', [{ path: 'basic', code: 'required', message: issueMessage('required', locale) }])
    // Decrypting and checking the number needs no store; it is done before the transaction.
    const claim: IdentityClaim | null = input.basic ? identityClaim(pii, input.basic, openIdNumber(ids, input.basic, chinaDate(now), locale)) : null
    const data: StoredDeclaration = {
      health: { temperature: input.health.temperature, symptoms: input.health.symptoms, conditions: input.health.conditions },
      contact: input.contact, tests: input.tests, vaccination: input.vaccination ?? null
    }
    const declarationId = newId()
    // Admission, look-up and outcome commit together while the account is held: parallel first declarations
    // of one account with different numbers are counted one after another, so 2 tries stay 2 tries.
    const outcome = await store.transaction(async tx => {
      let binding: Citizen | null = null
      if (input.basic && claim) {
        const deps = { ...this.deps, store: tx }
        await tx.accounts.lock(accountId)
        // A parallel first declaration may have bound the account while this one waited for it.
        if (await tx.citizens.find(accountId)) throw new AppError('IDENTITY_LOCKED')
        const admission = await admitAttempt(deps, accountId, claim, ip)
        if (admission === 'refused') return REFUSED
        const owner = await tx.citizens.findByIdHash(claim.hashes)
        if (owner || admission.frozen) {
          await recordRefusal(deps, accountId, claim, owner)
          return REFUSED
        }
        binding = prepareBinding(pii, accountId, region, input.basic, claim.id, now, toBase64(this.deps.pseudonymOf(accountId), true))
        await tx.citizens.bind(binding)
        await tx.identityAttempts.add(attemptRecord(this.deps, accountId, claim, 'bound', now))
        await tx.audit.append({ region, actor: accountId, action: 'identity.bind', subject: accountId, data: { idType: binding.idType } })
      }
      await tx.declarations.insert({ id: declarationId, accountId, kind: 'health', at: now, dataEnc: pii.seal(JSON.stringify(data)) }, input.trips)
      return finishDeclaration(this.deps, tx, accountId, (bound ?? binding)!.region, declarationId, now, { at: now, data })
    })
    // The refusal (its counting, the freeze, the owner's notice) is committed; the answer is the one 40306.
    if (outcome === REFUSED) throw identityCheckRequired()
    return afterCommit(this.deps, outcome)
  }
}
