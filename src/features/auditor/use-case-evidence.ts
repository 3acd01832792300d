// One case's evidence: the request, the person (masked), the status with its rule and inputs, the
// history, the latest declaration, imported records with their provenance. Attachments are fetched
// one at a time when the auditor opens them (each read is logged by the host). The case is named by
// kind and id, or (`?ref=`) by the reference the person read out on the phone.
import { useCallback, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import type { CaseKind, Evidence, EvidenceCase } from '@core/api/contract/review'
import type { MessageKey } from '@/i18n'
import { parseReference } from '@core/validation/reference-number'
import { loadSession } from '@/services/session'
import { fetchAttachment, fetchEvidence, fetchEvidenceByReference } from './auditor-api'
import { auditErrorKey } from './messages'

const KINDS: CaseKind[] = ['correction', 'appeal', 'flag']

/** Evidence reached through a case (as this page asks for it): the case is always there. */
export type CaseEvidence = Evidence & { case: EvidenceCase }

const hasCase = (e: Evidence | undefined): e is CaseEvidence => !!e?.case

export type AttachmentView = { state: 'loading' } | { state: 'image'; url: string } | { state: 'file'; mime: string } | { state: 'error' }

export function useCaseEvidence() {
  const params = useRouter().params
  const reference = params.ref ? parseReference(params.ref) : null
  const [evidence, setEvidence] = useState<CaseEvidence | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const [attachments, setAttachments] = useState<Record<string, AttachmentView>>({})

  // Reached by reference, the case's kind and id are known once its evidence is there.
  const kind = evidence?.case.kind ?? KINDS.find((k) => k === params.kind) ?? null
  const id = evidence?.case.id ?? params.id ?? ''
  const byReference = !!params.ref

  const load = useCallback(async () => {
    if (byReference && !reference) return setError('reference.lookup.invalid')
    if (!reference && (!kind || !id)) return setError('staffCommon.notFound')
    const r = reference && !evidence ? await fetchEvidenceByReference(reference) : await fetchEvidence(kind!, id)
    if (r.code === 0 && hasCase(r.data)) {
      setEvidence(r.data)
      setError(null)
    } else setError(r.code === 40401 && reference ? 'reference.lookup.notFound' : auditErrorKey(r.code))
  }, [kind, id, reference, byReference, evidence])
  useDidShow(() => void load())

  const openAttachment = async (attachmentId: string) => {
    setAttachments((a) => ({ ...a, [attachmentId]: { state: 'loading' } }))
    const r = await fetchAttachment(attachmentId)
    const view: AttachmentView = r.code !== 0 || !r.data ? { state: 'error' }
      : /^image\/(png|jpeg|gif|webp)$/.test(r.data.mime) ? { state: 'image', url: `data:${r.data.mime};base64,${r.data.dataBase64}` }
      : { state: 'file', mime: r.data.mime }
    setAttachments((a) => ({ ...a, [attachmentId]: view }))
  }

  return { kind, id, evidence, error, attachments, me: loadSession()?.account.id ?? null, load, openAttachment }
}
