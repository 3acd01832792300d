// One attachment of a case, for an auditor of the owner's region; the read is logged.
import { AppError } from '@core/api/app-error'
import type { AttachmentContent, auditAttachment } from '@core/api/contract/review'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { CaseStore } from '../../ports/case-store'
import type { CitizenStore } from '../../ports/citizen-store'
import type { AuditLog } from '../../ports/audit-log'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'

export class GetAttachment {
  constructor(private readonly deps: { cases: Pick<CaseStore, 'attachment'>; citizens: Pick<CitizenStore, 'find'>; audit: AuditLog; pii: Pick<PiiProtector, 'open'> }) {}

  async execute(auditor: Actor, { attachmentId }: ParsedInputOf<typeof auditAttachment>): Promise<AttachmentContent> {
    const att = await this.deps.cases.attachment(attachmentId)
    if (!att) throw new AppError('NOT_FOUND', 'attachment')
    const owner = await this.deps.citizens.find(att.accountId)
    if (!owner || owner.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'attachment')
    await this.deps.audit.append({ region: owner.region, actor: auditor.accountId, action: 'read.attachment', subject: att.accountId, data: { attachment: att.id } })
    return { mime: att.mime, dataBase64: this.deps.pii.open(att.dataEnc) }
  }
}
