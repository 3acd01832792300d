// The images or PDFs a citizen adds to a correction request or an appeal: stored sealed, each with its
// decoded size, in the transaction that opens the case.
import type { AttachmentInput } from '@core/validation/case-request'
import type { CaseStore } from '../../ports/case-store'
import type { PiiProtector } from '../../ports/pii-protector'
import { newId } from '../../kernel/ids'

export async function storeAttachments(tx: { cases: Pick<CaseStore, 'addAttachment'> }, pii: Pick<PiiProtector, 'seal'>, accountId: string, caseId: string, attachments: AttachmentInput[], now: number): Promise<void> {
  for (const a of attachments) {
    const size = Math.floor((a.dataBase64.length * 3) / 4)
    await tx.cases.addAttachment({ id: newId(), accountId, caseId, mime: a.mime, size, dataEnc: pii.seal(a.dataBase64), createdAt: now })
  }
}
