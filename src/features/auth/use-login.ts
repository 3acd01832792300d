// Phone + one-time code sign-in: validate locally first (instant zh/en field messages), then
// ask the host; a resend countdown stops people hammering the rate limit.
import { useCallback, useEffect, useRef, useState } from 'react'
import { ReturnCode } from '@core/api/return-codes'
import { saveSession } from '@/services/session'
import type { MessageKey } from '@/i18n'
import { requestOtp, verifyOtp } from './auth-api'
import { fieldErrorsFrom, generalErrorKey, type FieldErrors } from './messages'
import { checkCode, checkPhone, normalizePhone, tidyPhoneInput } from './phone'
import { CITIZEN_HOME, landingAfterSignIn } from './landing'

export interface LoginState {
  phone: string
  code: string
  errors: FieldErrors
  notice: { key: MessageKey; vars?: Record<string, number> } | null
  general: MessageKey | null
  busy: boolean
  resendIn: number
  signedIn: boolean
  /** Where to go once signed in (landing.ts): the scanner for a verifier, the console for other staff, else home. */
  landing: string
}

const initial: LoginState = { phone: '', code: '', errors: {}, notice: null, general: null, busy: false, resendIn: 0, signedIn: false, landing: CITIZEN_HOME }

export function useLogin() {
  const [s, setS] = useState<LoginState>(initial)
  const patch = useCallback((p: Partial<LoginState>) => setS((prev) => ({ ...prev, ...p })), [])
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)

  useEffect(() => () => stop(timer), [])

  const startCountdown = (seconds: number) => {
    stop(timer)
    patch({ resendIn: seconds })
    timer.current = setInterval(() => {
      setS((prev) => {
        if (prev.resendIn <= 1) stop(timer)
        return { ...prev, resendIn: Math.max(0, prev.resendIn - 1) }
      })
    }, 1000)
  }

  // "+86 137-0000-1111" (or the digits a number field lets through, "8613700001111") shows as 13700001111,
  // the number the code goes to, as soon as the typing makes one.
  const setPhone = (phone: string) => patch({ phone: tidyPhoneInput(phone), errors: { ...s.errors, phone: undefined } })
  const setCode = (code: string) => patch({ code, errors: { ...s.errors, code: undefined } })

  const sendCode = async () => {
    const problem = checkPhone(s.phone)
    if (problem) return patch({ errors: { phone: `field.phone.${problem}` }, notice: null })
    patch({ busy: true, general: null, notice: null })
    const r = await requestOtp(normalizePhone(s.phone))
    if (r.code === ReturnCode.OK) {
      const ttl = r.data?.ttlSeconds ?? 300
      patch({ busy: false, notice: { key: 'login.codeSent', vars: { s: ttl } } })
      startCountdown(60)
    } else {
      patch({ busy: false, errors: fieldErrorsFrom(r), general: generalErrorKey(r.code) })
    }
  }

  const submit = async () => {
    const phoneProblem = checkPhone(s.phone)
    const codeProblem = checkCode(s.code)
    if (phoneProblem || codeProblem) {
      return patch({
        errors: {
          phone: phoneProblem ? `field.phone.${phoneProblem}` : undefined,
          code: codeProblem ? `field.code.${codeProblem}` : undefined
        }
      })
    }
    patch({ busy: true, general: null })
    const r = await verifyOtp(normalizePhone(s.phone), s.code.trim())
    if (r.code === ReturnCode.OK && r.data) {
      saveSession(r.data)
      patch({ busy: false, signedIn: true, landing: landingAfterSignIn(r.data.account.roles) })
    } else {
      patch({ busy: false, errors: fieldErrorsFrom(r), general: generalErrorKey(r.code) })
    }
  }

  return { state: s, setPhone, setCode, sendCode, submit }
}

function stop(timer: { current: ReturnType<typeof setInterval> | null }) {
  if (timer.current) clearInterval(timer.current)
  timer.current = null
}
