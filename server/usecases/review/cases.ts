// Citizens' appeals and corrections (with attachments), and the auditors' side: the queue, the evidence
// behind a status (with the provenance of imported records), and decisions. Every staff read of personal
// data is written to the audit log.
import { AppError } from '@core/api/app-error'
import { maskedIdFromEnds } from '@core/identity/masking'
import { DECISION_REASONS } from '@core/review/reason-codes'
import type { Container } from '../../runtime/container'
import type { Actor } from '../actor'
import type { CaseKind, CaseItem } from '../../ports/case-store'
import { newId } from '../../kernel/ids'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import { RequestStatusChange } from './request-change'

export interface NewAttachment { mime: string; dataBase64: string }

export class Cases {
  constructor(private readonly c: Container) {}

  async appeal(actor: Actor, description: string, attachments: NewAttachment[]): Promise<{ id: string; state: string }> {
    const { store, pii, clock } = this.c
    const [citizen, status] = await Promise.all([store.citizens.find(actor.accountId), store.statuses.find(actor.accountId)])
    if (!citizen || !status) throw new AppError('NOT_DECLARED')
    const id = newId()
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.cases.addAppeal({ id, accountId: actor.accountId, region: citizen.region, statusAt: Date.parse(status.record.setAt), descriptionEnc: pii.seal(description), createdAt: now })
      await this.attach(tx, actor.accountId, id, attachments, now)
      await tx.audit.append({ region: citizen.region, actor: actor.accountId, action: 'appeal.request', subject: actor.accountId, data: { id, status: status.record.status } })
    })
    return { id, state: 'open' }
  }

  async attach(tx: Container['store'], accountId: string, caseId: string, attachments: NewAttachment[], now: number): Promise<void> {
    for (const a of attachments) {
      const size = Math.floor((a.dataBase64.length * 3) / 4)
      await tx.cases.addAttachment({ id: newId(), accountId, caseId, mime: a.mime, size, dataEnc: this.c.pii.seal(a.dataBase64), createdAt: now })
    }
  }

  async queue(auditor: Actor) {
    const region = auditor.staff!.region
    const items = await this.c.store.cases.queue(region, ['open', 'in-review'])
    const pending = await this.c.store.statusChanges.list(region, ['pending', 'held'])
    await this.c.store.audit.append({ region, actor: auditor.accountId, action: 'read.queue', subject: null, data: { cases: items.length, changes: pending.length } })
    return {
      cases: await Promise.all(items.map(async i => ({ kind: i.kind, id: i.id, category: i.category, state: i.state, createdAt: i.createdAt, person: await this.person(i.accountId) }))),
      // The second auditor sees the requester's note and linked evidence before approving.
      changes: await Promise.all(pending.map(async r => ({ id: r.id, toStatus: r.toStatus, reasonCode: r.reasonCode, state: r.state, requestedBy: r.requestedBy, requestedByName: await this.staffName(r.requestedBy), requestedAt: r.requestedAt, note: this.c.pii.open(r.noteEnc), evidence: r.evidence, mine: r.requestedBy === auditor.accountId, person: await this.person(r.accountId) })))
    }
  }

  private async person(accountId: string) {
    const [citizen, status] = await Promise.all([this.c.store.citizens.find(accountId), this.c.store.statuses.findMany([accountId])])
    return citizen ? { name: citizen.surname + '*', id: maskedIdFromEnds(citizen.idEnds), holder: citizen.holder, status: status.get(accountId)?.record.status ?? null } : null
  }

  private async staffName(accountId: string | null): Promise<string | null> {
    if (!accountId) return null
    return (await this.c.store.staff.find(accountId))?.displayName ?? null
  }

  /** The evidence behind a person's status, reached through a case or (for a manual change) their holder pseudonym. */
  async evidence(auditor: Actor, subject: { kind: CaseKind; caseId: string } | { holder: string }) {
    const { store, pii } = this.c
    let item: CaseItem | null = null
    let accountId: string
    if ('holder' in subject) {
      const citizen = await store.citizens.findByHolder(subject.holder)
      if (!citizen || citizen.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'person')
      accountId = citizen.accountId
    } else {
      item = await store.cases.find(subject.kind, subject.caseId)
      if (!item || item.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'case')
      accountId = item.accountId
    }
    const [status, history, latest, attachments] = await Promise.all([
      store.statuses.find(accountId), store.statuses.history(accountId, 20), store.declarations.latest(accountId, ['health', 'checkin']), item ? store.cases.attachments(item.id) : Promise.resolve([])
    ])
    const importIds = new Set<string>()
    const citizen = await store.citizens.find(accountId)
    const records = citizen ? (await store.auditData.records([citizen.idHash])).get(citizen.idHash) : undefined
    for (const r of [...(records?.labs ?? []), ...(records?.vaccinations ?? []), ...(records?.contacts ?? [])]) importIds.add(r.importId)
    const provenance = await Promise.all([...importIds].map(async id => {
      const imp = await store.imports.find(id)
      return imp ? { importId: id, source: imp.source, fileName: imp.fileName, fileHash: imp.fileHash, uploadedBy: imp.uploadedBy, uploadedByName: await this.staffName(imp.uploadedBy), uploadedAt: imp.uploadedAt, approvedBy: imp.decidedBy, approvedByName: await this.staffName(imp.decidedBy), approvedAt: imp.decidedAt } : { importId: id }
    }))
    await store.audit.append({ region: auditor.staff!.region, actor: auditor.accountId, action: 'read.evidence', subject: accountId, reason: item ? `${item.kind}:${item.id}` : 'manual-change', data: {} })
    return {
      case: item ? { kind: item.kind, id: item.id, category: item.category, state: item.state, createdAt: item.createdAt, description: item.descriptionEnc ? pii.open(item.descriptionEnc) : null, decision: item.decision, attachments } : null,
      person: await this.person(accountId),
      status: status ? { record: status.record, inputs: status.inputs } : null,
      history: history.map(h => ({ at: h.at, from: h.from, record: h.record, source: h.source, actor: h.actor, inputs: h.inputs })),
      declaration: latest ? { at: latest.at, data: JSON.parse(pii.open(latest.dataEnc)) as StoredDeclaration } : null,
      records: records ?? { labs: [], vaccinations: [], contacts: [] },
      provenance
    }
  }

  async attachment(auditor: Actor, attachmentId: string) {
    const att = await this.c.store.cases.attachment(attachmentId)
    if (!att) throw new AppError('NOT_FOUND', 'attachment')
    const owner = await this.c.store.citizens.find(att.accountId)
    if (!owner || owner.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'attachment')
    await this.c.store.audit.append({ region: owner.region, actor: auditor.accountId, action: 'read.attachment', subject: att.accountId, data: { attachment: att.id } })
    return { mime: att.mime, dataBase64: this.c.pii.open(att.dataEnc) }
  }

  /** Rejecting closes the case. Upholding with a status change opens a pending change for a second auditor. */
  async decide(auditor: Actor, input: { kind: CaseKind; caseId: string; outcome: 'upheld' | 'rejected'; reasonCode: string; note: string; change?: { toStatus: 'green' | 'yellow' | 'red'; reasonCode: string } }) {
    const { store, clock } = this.c
    const item: CaseItem | null = await store.cases.find(input.kind, input.caseId)
    if (!item || item.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'case')
    if (item.state !== 'open' && item.state !== 'in-review') throw new AppError('CONFLICT', `case is ${item.state}`)
    if (!DECISION_REASONS[input.reasonCode]) throw new AppError('INVALID_INPUT', 'reason', [{ path: 'reasonCode', code: 'invalid_value', message: '请选择决定理由 / Choose a reason' }])
    const now = clock.now()
    return store.transaction(async tx => {
      let changeId: string | null = null
      if (input.outcome === 'upheld' && input.change) {
        const change = await new RequestStatusChange({ store: tx, clock, pii: this.c.pii }).execute(auditor, {
          subject: { caseKind: input.kind, caseId: item.id }, toStatus: input.change.toStatus, reasonCode: input.change.reasonCode, note: input.note,
          evidence: [{ kind: input.kind, ref: item.id }]
        }, tx)
        changeId = change.id
      }
      const state = input.outcome === 'rejected' ? 'rejected' : changeId ? 'in-review' : 'upheld'
      await tx.cases.decide(input.kind, item.id, state, { by: auditor.accountId, at: now, outcome: input.outcome, reasonCode: input.reasonCode, note: input.note, changeId }, now)
      await tx.audit.append({ region: item.region, actor: auditor.accountId, action: `${input.kind}.decide`, subject: item.accountId, reason: input.reasonCode, data: { case: item.id, outcome: input.outcome, changeId } })
      if (item.kind !== 'flag') {
        await tx.notices.add({ id: newId(), accountId: item.accountId, at: now, kind: item.kind === 'appeal' ? 'appeal' : 'correction', readAt: null, text: {
          title: input.outcome === 'rejected' ? { zh: '您的申请未获支持', en: 'Your request was not upheld' } : { zh: '您的申请已受理并支持', en: 'Your request was upheld' },
          body: DECISION_REASONS[input.reasonCode]
        } })
      }
      return { state, changeId }
    })
  }
}
