// 每日打卡: temperature and symptoms, checked with the same rules the host applies. A check-in can
// change the colour (it counts towards exit conditions), so its answer renews the code.
import { useState } from 'react'
import { checkinInputSchema } from '@core/declaration/schema'
import type { Symptom } from '@core/declaration/vocabulary'
import { issuesFrom } from '@core/validation/issues'
import { ReturnCode } from '@core/api/return-codes'
import { loadSession } from '@/services/session'
import { checkIn } from '@/features/citizen/citizen-api'
import { applyDeclarationResult } from '@/features/citizen/code-sync'
import { citizenErrorKey } from '@/features/citizen/messages'
import { parseTemperature } from '@/features/declaration/form-model'
import type { MessageKey } from '@/i18n'

export function useCheckin() {
  const [temperature, setTemperature] = useState('')
  const [symptoms, setSymptoms] = useState<Symptom[]>([])
  const [issue, setIssue] = useState<string | null>(null)
  const [general, setGeneral] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)

  const toggle = (s: Symptom) => setSymptoms((all) => (all.includes(s) ? all.filter((x) => x !== s) : [...all, s]))

  const submit = async () => {
    const t = parseTemperature(temperature)
    const parsed = checkinInputSchema.safeParse({ temperature: t, symptoms })
    if (!parsed.success || t === undefined || Number.isNaN(t)) {
      setIssue(t === undefined ? 'required' : parsed.success ? 'temperature' : issuesFrom(parsed.error)[0]?.code === 'required' ? 'required' : 'temperature')
      return
    }
    const accountId = loadSession()?.account.id
    if (!accountId) return setGeneral('error.unauthenticated')
    setBusy(true)
    setGeneral(null)
    const r = await checkIn(parsed.data.temperature, parsed.data.symptoms)
    if (r.code === ReturnCode.OK && r.data) {
      await applyDeclarationResult(accountId, r.data).catch(() => undefined)
      setDone(true)
    } else if (r.code === ReturnCode.INVALID_INPUT && r.issues?.[0]) setIssue(r.issues[0].code)
    else setGeneral(citizenErrorKey(r.code) ?? 'error.internal')
    setBusy(false)
  }

  return { temperature, setTemperature: (v: string) => { setTemperature(v); setIssue(null) }, symptoms, toggle, issue, general, busy, done, submit }
}
