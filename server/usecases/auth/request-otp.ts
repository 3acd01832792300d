// Sends a one-time sign-in code. Limits: one code per phone per resend interval, a few per hour per
// phone and per client address, so the SMS gateway cannot be used to flood anyone.
import { randomInt } from 'node:crypto'
import { AppError } from '@core/api/app-error'
import type { authOtpRequest, OtpSent } from '@core/api/contract/auth'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { OtpStore } from '../../ports/otp-store'
import type { RateLimiter } from '../../ports/rate-limiter'
import type { SmsSender } from '../../ports/sms-sender'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { newId } from '../../kernel/ids'

export interface OtpPolicy {
  ttlSeconds: number
  resendSeconds: number
  perPhonePerHour: number
  perIpPerHour: number
  /** Wrong codes per phone per hour before the phone is locked until the window ends. */
  failuresPerPhonePerHour: number
}

export class RequestOtp {
  constructor(private readonly deps: { otps: OtpStore; limiter: RateLimiter; sms: SmsSender; pii: PiiProtector; clock: Clock; policy: OtpPolicy }) {}

  /** `ip`: the caller's address, for the per-address limit. */
  async execute({ phone }: ParsedInputOf<typeof authOtpRequest>, ip: string): Promise<OtpSent> {
    const { otps, limiter, sms, pii, clock, policy } = this.deps
    // Rate limits key on the active hash; a key rotation resets the counters once, which is harmless.
    const phoneHash = pii.lookupHash('phone', phone)
    // A phone locked by too many wrong codes gets no new code until the hour's window has passed.
    if ((await limiter.count(`otp-fail:phone:${phoneHash}`, 3600_000)) >= policy.failuresPerPhonePerHour) throw new AppError('RATE_LIMITED')
    const allowed = (await limiter.hit(`otp-send:ip:${ip}`, policy.perIpPerHour, 3600_000)) &&
      (await limiter.hit(`otp-send:phone:${phoneHash}`, policy.perPhonePerHour, 3600_000)) &&
      (policy.resendSeconds === 0 || (await limiter.hit(`otp-resend:phone:${phoneHash}`, 1, policy.resendSeconds * 1000)))
    if (!allowed) throw new AppError('RATE_LIMITED')
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const id = newId()
    const now = clock.now()
    await otps.insert({
      id, phoneHash, codeHash: pii.lookupHash('otp', `${id}:${code}`), createdAt: now,
      expiresAt: now + policy.ttlSeconds * 1000, attempts: 0, consumedAt: null
    })
    await sms.sendOtp(phone, code, policy.ttlSeconds)
    return { ttlSeconds: policy.ttlSeconds, resendSeconds: policy.resendSeconds }
  }
}
