// 健康申报 (GB/T 38963 health declaration). The first declaration also binds the real name. Validation
// happens before any write; the declaration, the audit, the status change and its revocation commit in
// one transaction, and a fresh credential for the bound phone comes back in the answer.
import { AppError } from '@core/api/app-error'
import type { Locale } from '@core/api/messages'
import { issueMessage } from '@core/api/messages'
import { chinaDate } from '@core/declaration/schema'
import { toBase64 } from '@core/encoding/bytes'
import type { Trip } from '../../ports/declaration-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'
import { issueForHolder, IssuedCode } from '../credential/issue-for-holder'
import { BasicInfoOnWire, openIdNumber, prepareBinding } from './bind-identity'
import { requireConsent } from './require-consent'
import type { CitizenDeps } from './citizen-deps'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import { statusView, StatusView } from './status-view'

export interface HealthDeclaration {
  basic?: BasicInfoOnWire
  health: { temperature: number; symptoms: StoredDeclaration['health']['symptoms']; conditions: StoredDeclaration['health']['conditions'] }
  trips: Trip[]
  contact: StoredDeclaration['contact']
  tests: StoredDeclaration['tests']
  vaccination?: StoredDeclaration['vaccination']
}

export interface DeclarationResult {
  declarationId: string
  status: StatusView
  changed: boolean
  code: IssuedCode | null
}

export class DeclareHealth {
  constructor(private readonly deps: CitizenDeps) {}

  async execute(actor: Actor, input: HealthDeclaration, locale: Locale): Promise<DeclarationResult> {
    const { store, pii, clock, ids, region } = this.deps
    const accountId = actor.accountId
    await requireConsent(store, accountId)
    const now = clock.now()
    const bound = await store.citizens.find(accountId)
    if (bound && input.basic) throw new AppError('IDENTITY_LOCKED')
    if (!bound && !input.basic) throw new AppError('INVALID_INPUT', 'basic information required', [{ path: 'basic', code: 'required', message: issueMessage('required', locale) }])
    const binding = input.basic ? await prepareBinding(store, pii, accountId, region, input.basic, openIdNumber(ids, input.basic.idNumberEncrypted, chinaDate(now), locale), now, toBase64(this.deps.pseudonymOf(accountId), true)) : null
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
      return this.finish(tx, accountId, (bound ?? binding)!.region, declarationId, now, { at: now, data })
    })
  }

  /** Audit, then a credential for the bound phone if there is one. */
  async finish(tx: CitizenDeps['store'], accountId: string, region: string, declarationId: string, now: number, justDeclared?: { at: number; data: StoredDeclaration }): Promise<DeclarationResult> {
    const outcome = await this.deps.audit.execute(tx, accountId, region, now, accountId, justDeclared)
    const holder = await tx.holders.load(accountId)
    const code = holder?.deviceHash && holder.status ? issueForHolder(holder, this.deps.signer, this.deps.pseudonymOf, now) : null
    if (code) this.deps.onIssued?.(region)
    return { declarationId, status: statusView(outcome.record), changed: outcome.transition.changed, code }
  }
}
