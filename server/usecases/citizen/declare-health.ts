// 健康申报 (GB/T 38963 health declaration). The first declaration also binds the real name. Validation
// happens before any write; the declaration, the assessment, the status change and its revocation commit
// in one transaction, and a fresh credential for the bound phone comes back in the answer.
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
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { openIdNumber, prepareBinding } from './bind-identity'
import { assertKnownRegions } from './check-regions'
import { finishDeclaration, type FinishDeps } from './finish-declaration'
import { requireConsent } from './require-consent'

export interface DeclareHealthDeps extends FinishDeps {
  store: Store
  pii: PiiProtector
  clock: Clock
  ids: IdDecrypter
  regions: Pick<RegionDirectory, 'isCounty' | 'name'>
  /** The region this host serves: a citizen binds here. */
  region: string
}

export class DeclareHealth {
  constructor(private readonly deps: DeclareHealthDeps) {}

  async execute(actor: Actor, input: DeclarationInput, locale: Locale): Promise<DeclarationResult> {
    const { store, pii, clock, ids, region } = this.deps
    const accountId = actor.accountId
    assertKnownRegions(this.deps.regions, input, locale)
    await requireConsent(store.citizens, accountId)
    const now = clock.now()
    const bound = await store.citizens.find(accountId)
    if (bound && input.basic) throw new AppError('IDENTITY_LOCKED')
    if (!bound && !input.basic) throw new AppError('INVALID_INPUT', 'basic information required', [{ path: 'basic', code: 'required', message: issueMessage('required', locale) }])
    const binding = input.basic ? await prepareBinding(store.citizens, pii, accountId, region, input.basic, openIdNumber(ids, input.basic.idNumberEncrypted, chinaDate(now), locale), now, toBase64(this.deps.pseudonymOf(accountId), true)) : null
    const data: StoredDeclaration = {
      health: { temperature: input.health.temperature, symptoms: input.health.symptoms, conditions: input.health.conditions },
      contact: input.contact, tests: input.tests, vaccination: input.vaccination ?? null
    }
    const declarationId = newId()
    return store.transaction(async tx => {
      if (binding) {
        if (await tx.citizens.findByIdHash(binding.idHash)) throw new AppError('ID_ALREADY_BOUND') // re-checked inside the transaction
        await tx.citizens.bind(binding)
        await tx.audit.append({ region, actor: accountId, action: 'identity.bind', subject: accountId, data: { idType: binding.idType } })
      }
      await tx.declarations.insert({ id: declarationId, accountId, kind: 'health', at: now, dataEnc: pii.seal(JSON.stringify(data)) }, input.trips)
      return finishDeclaration(this.deps, tx, accountId, (bound ?? binding)!.region, declarationId, now, { at: now, data })
    })
  }
}
