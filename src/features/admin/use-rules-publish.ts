// 发布规则: the admin chooses `rules.signed.json` (made offline with `healthcode rules sign`) and sends
// it as is. The host only verifies; a refusal names its check (issues[0].code) and says it in words.
import { useState } from 'react'
import type { PickedFile, PickProblem } from '@/components/file-picker'
import type { MessageKey } from '@/i18n'
import { jobStatus } from './import-api'
import type { PublishedRules } from '@core/api/contract/rules'
import { firstIssue, opsErrorKey } from './ops-messages'
import { publishRules } from './rules-api'
import { usePolling } from './use-polling'

/** The stable refusal codes of docs/rules.md; others are shown with the host's own words. */
export const REFUSAL_CODES = ['unsigned', 'bad-signature', 'unknown-key', 'wrong-key-use', 'key-not-valid', 'region-mismatch', 'invalid-rule-set', 'version-not-newer', 'copy-mismatch'] as const

export interface Refusal {
  code: string
  /** The host's message, in the language of the request. */
  hostMessage: string
}

/** A signed rule-set file is `{ ruleSet, cose }`; anything else is refused here before sending. */
export function parseSignedFile(text: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text) as unknown
    return v && typeof v === 'object' && !Array.isArray(v) && 'ruleSet' in v ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export function useRulesPublish(onPublished: () => void) {
  const [file, setFile] = useState<{ name: string; signed: Record<string, unknown> } | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [published, setPublished] = useState<PublishedRules | null>(null)

  const reset = () => {
    setError(null)
    setRefusal(null)
  }
  const choose = (f: PickedFile) => {
    reset()
    const signed = parseSignedFile(f.content)
    if (!signed) return setError('ruleAdmin.notSignedFile')
    setFile({ name: f.name, signed })
  }
  const problem = (p: PickProblem) => {
    reset()
    setFile(null)
    setError(p === 'unsupported' ? 'dataImport.unsupported' : p === 'tooLarge' ? 'ruleAdmin.tooLarge' : 'ruleAdmin.notSignedFile')
  }

  const publish = async () => {
    if (!file) return setError('ruleAdmin.chooseFile')
    reset()
    setBusy(true)
    try {
      const r = await publishRules(file.signed)
      if (r.code === 0 && r.data) {
        setPublished(r.data)
        setFile(null)
        onPublished()
        return
      }
      const issue = firstIssue(r)
      if (r.code === 40001 && issue) setRefusal({ code: issue.code, hostMessage: issue.message })
      else setError(opsErrorKey(r.code))
    } finally {
      setBusy(false)
    }
  }

  // The re-audit of every citizen under the new set.
  const job = published?.job ?? null
  usePolling(async () => {
    if (!job) return
    const r = await jobStatus(job.id)
    if (r.code === 0 && r.data) setPublished((p) => (p ? { ...p, job: r.data! } : p))
  }, job !== null && (job.state === 'queued' || job.state === 'running'), 1000)

  return { file, busy, error, refusal, published, choose, problem, publish }
}
