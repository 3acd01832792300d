// The auth use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import type { AlipayIdentity } from '../../ports/platform-identity'
import { alipayFromEnv } from '../../adapters/alipay/alipay-oauth'
import { EndAllSessions } from '../../usecases/auth/end-all-sessions'
import { EndSession } from '../../usecases/auth/end-session'
import { GetSession } from '../../usecases/auth/get-session'
import { OpenSession } from '../../usecases/auth/open-session'
import { RequestOtp } from '../../usecases/auth/request-otp'
import { SignInWithAlipay } from '../../usecases/auth/sign-in-with-alipay'
import { VerifyOtp } from '../../usecases/auth/verify-otp'

// The Alipay gateway client reads its keys from the environment once per process (null when unconfigured).
let alipay: AlipayIdentity | null | undefined

function alipayGateway(): AlipayIdentity | null {
  if (alipay === undefined) alipay = alipayFromEnv()
  return alipay
}

export class AuthUseCases {
  constructor(protected readonly c: Container) {}

  get requestOtp() {
    const { store, sms, pii, clock, config } = this.c
    return new RequestOtp({ otps: store.otps, limiter: store.rateLimiter, sms, pii, clock, policy: config.otp })
  }
  get verifyOtp() { return new VerifyOtp({ store: this.c.store, pii: this.c.pii, clock: this.c.clock, policy: this.c.config.otp, openSession: this.openSession }) }
  get signInWithAlipay() { return new SignInWithAlipay({ alipay: alipayGateway(), store: this.c.store, pii: this.c.pii, clock: this.c.clock, openSession: this.openSession }) }
  get getSession() { return new GetSession({ accounts: this.c.store.accounts, staff: this.c.store.staff, pii: this.c.pii, clock: this.c.clock }) }
  get endSession() { return new EndSession({ sessions: this.c.store.sessions, clock: this.c.clock }) }
  get endAllSessions() { return new EndAllSessions({ sessions: this.c.store.sessions, clock: this.c.clock }) }

  /** What every sign-in ends with, inside its transaction. */
  private get openSession() {
    const { tokens, pii, clock, config } = this.c
    return new OpenSession({ tokens, pii, clock, ttl: { citizenSeconds: config.sessions.citizenTtlSeconds, staffSeconds: config.sessions.staffTtlSeconds } })
  }
}
