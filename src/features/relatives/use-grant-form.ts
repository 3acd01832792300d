// The form to offer a relative a grant (grant-create) or to ask a family member for one (grant-request):
// their phone number, what the relative may do, why, and for how many days. Either waits for the other
// person to accept in their app (or an auditor to confirm in person); the host answers the same whoever has
// the number, so the form can only say "sent". Checked on the phone with the host's limits first; the
// host's field issues land under the same fields.
import { useState } from 'react'
import type { GrantScope } from '@core/api/contract/grants'
import { ReturnCode } from '@core/api/return-codes'
import { checkPhone, normalizePhone } from '@/features/auth/phone'
import type { Lang } from '@/i18n'
import { createGrant, requestGrant } from './grants-api'
import { grantError, type General } from './messages'

export type { General }

export const DAY_CHOICES = ['7', '30', '90', '365'] as const
export type Field = 'phone' | 'purpose' | 'days'
export type Mode = 'grant' | 'request'

export function useGrantForm(lang: Lang, onDone: () => void) {
  const [mode, setMode] = useState<Mode>('grant')
  const [phone, setPhone] = useState('')
  const [scope, setScope] = useState<GrantScope>('hold')
  const [purpose, setPurpose] = useState('')
  const [days, setDays] = useState<(typeof DAY_CHOICES)[number]>('30')
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({})
  const [general, setGeneral] = useState<General | null>(null)
  const [done, setDone] = useState<Mode | null>(null)
  const [busy, setBusy] = useState(false)

  const check = (): Partial<Record<Field, string>> => {
    const out: Partial<Record<Field, string>> = {}
    const p = checkPhone(phone)
    if (p) out.phone = p === 'required' ? 'required' : 'phone'
    const text = purpose.trim()
    if (!text) out.purpose = 'required'
    else if (text.length < 2) out.purpose = 'too_short'
    return out
  }

  const submit = async () => {
    const found = check()
    setIssues(found)
    setGeneral(null)
    setDone(null)
    if (Object.keys(found).length) return
    setBusy(true)
    const input = { otherPhone: normalizePhone(phone), scope, purpose: purpose.trim(), days: Number(days) }
    const r = await (mode === 'grant' ? createGrant(input) : requestGrant(input))
    setBusy(false)
    if (r.code === ReturnCode.OK) {
      setDone(mode)
      setPhone('')
      setPurpose('')
      onDone()
    } else if (r.code === ReturnCode.INVALID_INPUT && r.issues?.length) {
      const byField: Partial<Record<Field, string>> = {}
      for (const i of r.issues) byField[i.path === 'otherPhone' ? 'phone' : (i.path as Field)] = i.code
      setIssues(byField)
    } else setGeneral(grantError(r.code, lang))
  }

  return {
    mode, phone, scope, purpose, days, issues, general, done, busy, submit, setScope, setDays,
    setMode: (m: Mode) => { setMode(m); setDone(null); setGeneral(null) },
    setPhone: (v: string) => { setPhone(v); setIssues((x) => ({ ...x, phone: undefined })) },
    setPurpose: (v: string) => { setPurpose(v); setIssues((x) => ({ ...x, purpose: undefined })) }
  }
}
