// One import: polled while its rows are read and while its re-audit runs; Approve / Reject by a
// second admin. The uploader sees the row check only: the match preview (whom approving would change) is
// read once, when another admin opens an import waiting for a decision, and the host logs that reading.
// The uploader's own Approve is refused by the host (40305) and the page says why.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import type { MessageKey } from '@/i18n'
import { loadSession } from '@/services/session'
import { approveImport, importDetail, importPreview, rejectImport } from './import-api'
import type { ImportJob, ImportPreview, ImportView, JobProgress } from '@core/api/contract/imports'
import { opsErrorKey } from './ops-messages'
import { usePolling } from './use-polling'

/** Still moving: rows being read, or an approved import whose re-audit has not finished. */
export function isMoving(imp: ImportView | null): boolean {
  if (!imp) return true
  if (imp.state === 'processing') return true
  return imp.state === 'approved' && (!imp.job || imp.job.state === 'queued' || imp.job.state === 'running')
}

/** The re-audit with its counts, as the admins other than the uploader see it; the uploader's has only its state. */
export function withCounts(job: ImportJob): job is JobProgress {
  return 'total' in job
}

/** The preview is read only by an admin who may decide: not the uploader, and only while the import waits. */
export function readsPreview(imp: ImportView | null, me: string | null): boolean {
  return imp !== null && imp.state === 'preview' && me !== null && imp.uploadedBy !== me
}

export function useImportDetail() {
  const id = useRouter().params.id ?? ''
  const [imp, setImp] = useState<ImportView | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [previewError, setPreviewError] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [reason, setReason] = useState('')
  const me = loadSession()?.account.id ?? null
  const previewAsked = useRef(false)

  const load = useCallback(async () => {
    if (!id) return setError('staffCommon.notFound')
    const r = await importDetail(id)
    if (r.code === 0 && r.data) setImp(r.data)
    else setError(opsErrorKey(r.code))
  }, [id])

  useDidShow(() => void load())
  usePolling(load, imp !== null && isMoving(imp) && error === null, 1000)

  // One logged reading per visit, not one per refresh.
  const wantsPreview = readsPreview(imp, me)
  useEffect(() => {
    if (!wantsPreview || previewAsked.current) return
    previewAsked.current = true
    void importPreview(id).then((r) => {
      if (r.code === 0 && r.data) setPreview(r.data.preview)
      else setPreviewError(opsErrorKey(r.code))
    })
  }, [wantsPreview, id])

  const decide = async (call: () => ReturnType<typeof approveImport>) => {
    setBusy(true)
    setError(null)
    try {
      const r = await call()
      if (r.code === 0 && r.data) setImp(r.data)
      else setError(opsErrorKey(r.code))
    } finally {
      setBusy(false)
    }
  }

  const approve = () => decide(() => approveImport(id))
  const reject = () => {
    if (reason.trim().length < 2) return setError('dataImport.rejectReasonNeeded')
    return decide(() => rejectImport(id, reason.trim()))
  }

  const mine = imp !== null && imp.uploadedBy === me
  return { id, imp, preview, previewError, busy, error, reason, setReason, mine, load, approve, reject }
}
