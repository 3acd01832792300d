// Phone + one-time code sign-in: validate locally first (instant zh/en field messages), then
// ask the host; a resend countdown stops people hammering the rate limit.
import { useCallback, useEffect, useRef, useState } from 'react'
import { ReturnCode } from '@core/api/return-codes'
import { saveSession } from '@/services/session'
import type { MessageKey } from '@/i18n'
import { requestOtp, verifyOtp } from './auth-api'
import { fieldErrorsFrom, generalErrorKey, type FieldErrors } from './messages'
import { checkCode, checkPhone, normalizePhone } from './phone'

export interface LoginState {
  phone: string
  code: string
  errors: FieldErrors
  notice: { key: MessageKey; vars?: Record<string, number> } | null
  general: MessageKey | null
  busy: boolean
  resendIn: number
  signedIn: boolean
}

const initial: LoginState = { phone: '', code: '', errors: {}, notice: null, general: null, busy: false, resendIn: 0, signedIn: false }

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

  const setPhone = (phone: string) => patch({ phone, errors: { ...s.errors, phone: undefined } })
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
      patch({ busy: false, signedIn: true })
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
