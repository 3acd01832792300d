// The evidence behind a person's status, reached through a case or (for a manual change) their holder
// pseudonym: the case with its attachments, the status with its inputs, the history, the latest
// declaration, imported records and where each came from. Reading it is logged as a staff read.
import { AppError } from '@core/api/app-error'
import type { Evidence, auditEvidence } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import type { CaseItem, CaseStore } from '../../ports/case-store'
import type { CitizenStore } from '../../ports/citizen-store'
import type { StatusStore } from '../../ports/status-store'
import type { DeclarationStore } from '../../ports/declaration-store'
import type { AuditDataStore } from '../../ports/audit-data-store'
import type { ImportStore } from '../../ports/import-store'
import type { StaffStore } from '../../ports/staff-store'
import type { AuditLog } from '../../ports/audit-log'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { maskedPerson, staffName } from './masked-person'

export interface EvidenceDeps {
  citizens: Pick<CitizenStore, 'find' | 'findByHolder'>
  cases: Pick<CaseStore, 'find' | 'findByReference' | 'attachments'>
  statuses: Pick<StatusStore, 'find' | 'findMany' | 'history'>
  declarations: Pick<DeclarationStore, 'latest'>
  auditData: Pick<AuditDataStore, 'records'>
  imports: Pick<ImportStore, 'find'>
  staff: Pick<StaffStore, 'find'>
  audit: AuditLog
  pii: Pick<PiiProtector, 'open'>
}

export class GetEvidence {
  constructor(private readonly deps: EvidenceDeps) {}

  async execute(auditor: Actor, subject: ParsedInputOf<typeof auditEvidence>): Promise<Evidence> {
    const { citizens, cases, statuses, declarations, auditData, imports, staff, audit, pii } = this.deps
    let item: CaseItem | null = null
    let accountId: string
    if ('holder' in subject) {
      const citizen = await citizens.findByHolder(subject.holder)
      if (!citizen || citizen.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'person')
      accountId = citizen.accountId
    } else {
      // By reference: what a person read out on the phone, already made canonical by the contract.
      item = 'reference' in subject ? await cases.findByReference(subject.reference) : await cases.find(subject.kind, subject.caseId)
      if (!item || item.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'case')
      accountId = item.accountId
    }
    const [status, history, latest, attachments] = await Promise.all([
      statuses.find(accountId), statuses.history(accountId, 20), declarations.latest(accountId, ['health', 'checkin']), item ? cases.attachments(item.id) : Promise.resolve([])
    ])
    const importIds = new Set<string>()
    const citizen = await citizens.find(accountId)
    const records = citizen ? (await auditData.records([citizen.idHash])).get(citizen.idHash) : undefined
    for (const r of [...(records?.labs ?? []), ...(records?.vaccinations ?? []), ...(records?.contacts ?? [])]) importIds.add(r.importId)
    const provenance = await Promise.all([...importIds].map(async id => {
      const imp = await imports.find(id)
      return imp ? { importId: id, source: imp.source, fileName: imp.fileName, fileHash: imp.fileHash, uploadedBy: imp.uploadedBy, uploadedByName: await staffName(staff, imp.uploadedBy), uploadedAt: imp.uploadedAt, approvedBy: imp.decidedBy, approvedByName: await staffName(staff, imp.decidedBy), approvedAt: imp.decidedAt } : { importId: id }
    }))
    await audit.append({ region: auditor.staff!.region, actor: auditor.accountId, action: 'read.evidence', subject: accountId, reason: item ? `${item.kind}:${item.id}` : 'manual-change', data: {} })
    return {
      case: item ? { kind: item.kind, id: item.id, reference: item.reference, category: item.category, state: item.state, createdAt: item.createdAt, description: item.descriptionEnc ? pii.open(item.descriptionEnc) : null, decision: item.decision, attachments } : null,
      person: await maskedPerson(this.deps, accountId),
      status: status ? { record: status.record, inputs: status.inputs } : null,
      history: history.map(h => ({ at: h.at, from: h.from, record: h.record, source: h.source, actor: h.actor, inputs: h.inputs })),
      declaration: latest ? { at: latest.at, data: JSON.parse(pii.open(latest.dataEnc)) as StoredDeclaration } : null,
      records: records ?? { labs: [], vaccinations: [], contacts: [] },
      provenance
    }
  }
}
