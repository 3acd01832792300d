// An auditor asks for a manual status change: a reason from the fixed list, a note, linked evidence, and
// the person (through a case or their holder pseudonym). It is pending and changes nothing until a second,
// different auditor of the region approves.
import { AppError } from '@core/api/app-error'
import type { ChangeRequest, statusChangeRequest } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StatusChangeRequest } from '../../ports/status-change-store'
import type { Actor } from '../actor'
import { newId } from '../../kernel/ids'

type ChangeInput = ParsedInputOf<typeof statusChangeRequest>

async function subjectOf(store: Store, region: string, subject: ChangeInput['subject']): Promise<{ accountId: string; caseId: string | null }> {
  if ('holder' in subject) {
    const citizen = await store.citizens.findByHolder(subject.holder)
    if (!citizen || citizen.region !== region) throw new AppError('NOT_FOUND', 'person')
    return { accountId: citizen.accountId, caseId: null }
  }
  const item = await store.cases.find(subject.caseKind, subject.caseId)
  if (!item || item.region !== region) throw new AppError('NOT_FOUND', 'case')
  return { accountId: item.accountId, caseId: item.id }
}

export class RequestStatusChange {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: Pick<PiiProtector, 'seal'> }) {}

  /** `tx`: an open transaction to write in (a case decision that asks for a change), else its own. */
  async execute(auditor: Actor, input: ChangeInput, tx: Store = this.deps.store): Promise<ChangeRequest> {
    const region = auditor.staff!.region
    const { accountId, caseId } = await subjectOf(tx, region, input.subject)
    if (input.evidence.length === 0) throw new AppError('INVALID_INPUT', 'evidence required', [{ path: 'evidence', code: 'required', message: '必须关联证据 / Link the evidence' }])
    const request: StatusChangeRequest = {
      id: newId(), region, accountId, toStatus: input.toStatus, reasonCode: input.reasonCode, noteEnc: this.deps.pii.seal(input.note),
      evidence: input.evidence, caseId, state: 'pending', requestedBy: auditor.accountId, requestedAt: this.deps.clock.now(), decidedBy: null, decidedAt: null, appliedAt: null
    }
    const write = async (s: Store) => {
      await s.statusChanges.create(request)
      await s.audit.append({ region, actor: auditor.accountId, action: 'status.change.request', subject: accountId, reason: input.reasonCode, data: { change: request.id, to: input.toStatus, evidence: input.evidence, caseId } })
    }
    if (tx === this.deps.store) await tx.transaction(write); else await write(tx)
    return request
  }
}
