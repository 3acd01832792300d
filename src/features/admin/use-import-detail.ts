// One import: polled while its rows are read and while its re-audit runs; Approve / Reject by a
// second admin. The uploader's own Approve is refused by the host (40305) and the page says why.
import { useCallback, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import type { MessageKey } from '@/i18n'
import { loadSession } from '@/services/session'
import { approveImport, importDetail, rejectImport } from './import-api'
import type { ImportView } from '@core/api/contract/imports'
import { opsErrorKey } from './ops-messages'
import { usePolling } from './use-polling'

/** Still moving: rows being read, or an approved import whose re-audit has not finished. */
export function isMoving(imp: ImportView | null): boolean {
  if (!imp) return true
  if (imp.state === 'processing') return true
  return imp.state === 'approved' && (!imp.job || imp.job.state === 'queued' || imp.job.state === 'running')
}

export function useImportDetail() {
  const id = useRouter().params.id ?? ''
  const [imp, setImp] = useState<ImportView | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [reason, setReason] = useState('')
  const me = loadSession()?.account.id ?? null

  const load = useCallback(async () => {
    if (!id) return setError('staffCommon.notFound')
    const r = await importDetail(id)
    if (r.code === 0 && r.data) setImp(r.data)
    else setError(opsErrorKey(r.code))
  }, [id])

  useDidShow(() => void load())
  usePolling(load, imp !== null && isMoving(imp) && error === null, 1000)

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

  return { id, imp, busy, error, reason, setReason, mine: imp !== null && imp.uploadedBy === me, load, approve, reject }
}
