// Signs in with a phone number and its one-time code. A code is single-use, expires, and dies after
// OTP_MAX_ATTEMPTS wrong tries. Wrong tries per phone are also limited per hour (OTP_FAILURES_PER_PHONE_PER_HOUR):
// when that limit is reached the live code dies too, so even the right code is refused, and a new code can
// only be asked for once the hour's window has passed (RequestOtp checks the same counter). The account is
// found (or, for a new citizen, created) by the keyed hash of the number, stored only encrypted.
import { timingSafeEqual } from 'node:crypto'
import { AppError } from '@core/api/app-error'
import type { authOtpVerify, SessionResult } from '@core/api/contract/auth'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { newId } from '../../kernel/ids'
import type { Platform } from '../actor'
import type { OpenSession } from './open-session'

/** The account a platform identity (WeChat OPENID, Alipay user id) already maps to, when signing in there. */
export interface PlatformLink {
  kind: 'wx' | 'alipay'
  hash: string
  /** The platform id, sealed (WeChat OPENIDs are kept to send subscribe messages). */
  sealed: string | null
  accountId: string
}

const HOUR_MS = 3600_000

export interface VerifyOtpPolicy {
  maxAttempts: number
  failuresPerPhonePerHour: number
}

export class VerifyOtp {
  constructor(private readonly deps: { store: Store; pii: PiiProtector; clock: Clock; policy: VerifyOtpPolicy; openSession: OpenSession }) {}

  /** On WeChat the caller is already known by OPENID (`platformAccount`): proving a phone number links that identity to its account. */
  async execute({ phone, code }: ParsedInputOf<typeof authOtpVerify>, platform: Platform, platformAccount: PlatformLink | null = null): Promise<SessionResult> {
    const { store, pii, clock, policy } = this.deps
    const phoneHashes = pii.lookupHashes('phone', phone)
    const phoneHash = phoneHashes[0]
    const now = clock.now()
    const challenge = await store.otps.latestFor(phoneHashes)
    const failures = `otp-fail:phone:${phoneHash}`
    if ((await store.rateLimiter.count(failures, HOUR_MS)) >= policy.failuresPerPhonePerHour) {
      if (challenge && challenge.consumedAt === null) await store.otps.consume(challenge.id, now) // locked: this code is dead, right or wrong
      throw new AppError('RATE_LIMITED')
    }
    if (!challenge || challenge.consumedAt !== null || challenge.expiresAt <= now || challenge.attempts >= policy.maxAttempts) {
      throw new AppError('OTP_INVALID')
    }
    const want = Buffer.from(challenge.codeHash, 'utf8')
    const matches = pii.lookupHashes('otp', `${challenge.id}:${code}`).some(h => {
      const got = Buffer.from(h, 'utf8')
      return got.length === want.length && timingSafeEqual(want, got)
    })
    if (!matches) {
      await store.otps.countAttempt(challenge.id)
      await store.rateLimiter.hit(failures, policy.failuresPerPhonePerHour, HOUR_MS)
      if ((await store.rateLimiter.count(failures, HOUR_MS)) >= policy.failuresPerPhonePerHour) {
        await store.otps.consume(challenge.id, now)
        throw new AppError('RATE_LIMITED')
      }
      throw new AppError('OTP_INVALID')
    }
    return store.transaction(async tx => {
      if (!(await tx.otps.consume(challenge.id, now))) throw new AppError('OTP_INVALID')
      let account = await tx.accounts.findByPhoneHash(phoneHashes)
      if (!account && platformAccount) {
        // A WeChat or Alipay user proving a phone number for the first time: the number joins that account.
        await tx.accounts.setPhone(platformAccount.accountId, phoneHash, pii.seal(phone))
        account = await tx.accounts.findById(platformAccount.accountId)
      }
      if (!account) {
        account = { id: newId(), status: 'active', phoneEnc: pii.seal(phone), createdAt: now }
        await tx.accounts.create({ ...account, phoneHash })
      }
      if (account.status !== 'active') throw new AppError('ACCOUNT_DISABLED')
      if (platformAccount && platformAccount.accountId !== account.id) {
        // The number already has an account (e.g. staff created by an admin): the platform identity moves to it.
        await tx.accounts.unlinkPlatform(platformAccount.kind, platformAccount.hash)
        await tx.accounts.linkPlatform(account.id, platformAccount.kind, platformAccount.hash, platformAccount.sealed)
      }
      return this.deps.openSession.execute(tx, account.id, platform)
    })
  }
}
