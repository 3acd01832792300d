// Every cloud function is `main(event, context)` built here: identity from the platform or a verified
// session → reject identity fields in the body → validate input by schema → check the role → one use case
// → {code, message, data}. The same main runs on WeChat's cloud and on our host.
import { schemaAt, type FunctionContract, type OutputOf, type ParsedInputOf } from '@core/api/contract/define'
import { AppError } from '@core/api/app-error'
import { ERROR_NAMES, FunctionResult, ReturnCode } from '@core/api/return-codes'
import { localeFrom, Locale, returnMessage } from '@core/api/messages'
import { issuesFrom } from '@core/validation/issues'
import { Access, Actor, hasRole, Platform } from '../usecases/actor'
import { getContainer, Container } from './container'
import { actorFromOpenid, actorFromSession, HostContext } from './identity'
import { findIdentityField } from './identity-fields'
import { logError } from '../kernel/log'
import { isStoreUnavailable } from '../adapters/db/store-faults'
import { useCasesOf, type UseCases } from './use-cases'
import type { PlatformLink } from '../usecases/auth/verify-otp'

export interface FunctionContext {
  actor: Actor | null
  /** On WeChat: the OPENID's keyed hash, for linking it to a phone-verified account. */
  platformLink: PlatformLink | null
  /** Every use case, built with its ports. A function runs one of them and touches nothing else. */
  useCases: UseCases
  ip: string
  locale: Locale
  requestId: string
  platform: Platform
}

export type CloudMain<R = unknown> = ((event: unknown, context: unknown) => Promise<FunctionResult<R>>) & { access: Access; contract: FunctionContract }

/** A signed-in function: its contract gives the name, the input schema and the output type. */
export interface ContractSpec<C extends FunctionContract> {
  access: Exclude<Access, 'public'>
  run: (input: ParsedInputOf<C>, ctx: FunctionContext & { actor: Actor }) => Promise<OutputOf<C>>
}

export interface PublicContractSpec<C extends FunctionContract> {
  access: 'public'
  run: (input: ParsedInputOf<C>, ctx: FunctionContext) => Promise<OutputOf<C>>
}

function fail(code: number, locale: Locale, extra: Pick<FunctionResult, 'issues'> = {}): FunctionResult<never> {
  return { code, error: ERROR_NAMES[code], message: returnMessage(code, locale), ...extra }
}

async function resolveCaller(c: Container, context: unknown): Promise<Omit<FunctionContext, 'useCases'>> {
  if (process.env.HEALTHCODE_RUNTIME === 'wechat') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const cloud = require('wx-server-sdk')
    const wx = cloud.getWXContext()
    const ctx = (context ?? {}) as { request_id?: string }
    const actor = wx.OPENID ? await actorFromOpenid(c, wx.OPENID) : null
    const platformLink = actor ? { kind: 'wx' as const, hash: c.pii.lookupHash('openid', wx.OPENID), sealed: c.pii.seal(wx.OPENID), accountId: actor.accountId } : null
    return { actor, platformLink, ip: wx.CLIENTIP ?? '', locale: 'zh-CN', requestId: ctx.request_id ?? '', platform: 'weapp' }
  }
  const ctx = context as HostContext
  if (!ctx || ctx.via !== 'host') throw new AppError('UNAUTHENTICATED', 'no platform context')
  return { actor: await actorFromSession(c, ctx.authorization, ctx.platform), platformLink: null, ip: ctx.ip, locale: localeFrom(ctx.locale), requestId: ctx.requestId, platform: ctx.platform }
}

/** A function for signed-in callers (any account, or the listed staff roles). */
export function defineFunction<C extends FunctionContract>(contract: C, spec: ContractSpec<C>): CloudMain<OutputOf<C>> {
  return build(contract, spec as Spec)
}

/** A function anyone may call (sign-in, published rules); it still never trusts identity in the body. */
export function definePublicFunction<C extends FunctionContract>(contract: C, spec: PublicContractSpec<C>): CloudMain<OutputOf<C>> {
  return build(contract, spec as Spec)
}

/** The two specs, once their input types are erased inside build(). */
type Spec = { access: Access; run: (input: unknown, ctx: FunctionContext) => Promise<unknown> }

function build<R>(contract: FunctionContract, spec: Spec): CloudMain<R> {
  const main = async (event: unknown, context: unknown): Promise<FunctionResult<R>> => {
    let locale: Locale = localeFrom((context as HostContext | undefined)?.locale)
    try {
      const c = await getContainer()
      const body = { ...((event ?? {}) as Record<string, unknown>) }
      if (process.env.HEALTHCODE_RUNTIME === 'wechat') delete body.userInfo // injected by WeChat, not sent by the client
      // Alipay's cloud call has no headers: there, and only there, the session token rides in the event and is
      // taken out here. Anywhere else a `__session` in the body is an identity field like any other, refused below.
      const alipaySession = process.env.HEALTHCODE_RUNTIME === 'alipay' && typeof body.__session === 'string' ? (body.__session as string) : null
      if (process.env.HEALTHCODE_RUNTIME === 'alipay') delete body.__session
      const hostContext: unknown = process.env.HEALTHCODE_RUNTIME === 'alipay'
        ? { via: 'host', authorization: alipaySession ? `Bearer ${alipaySession}` : undefined, platform: 'alipay', ip: '', requestId: '' }
        : context
      const caller = await resolveCaller(c, hostContext)
      locale = caller.locale
      const field = findIdentityField(body)
      if (field) return fail(ReturnCode.IDENTITY_IN_BODY, locale, { issues: [{ path: field, code: 'unknown_field', message: returnMessage(ReturnCode.IDENTITY_IN_BODY, locale) }] })
      if (spec.access !== 'public' && !caller.actor) return fail(ReturnCode.UNAUTHENTICATED, locale)
      const schema = schemaAt(contract.input, c.clock.now())
      const parsed = schema.safeParse(body)
      if (!parsed.success) return fail(ReturnCode.INVALID_INPUT, locale, { issues: issuesFrom(parsed.error, locale) })
      if (Array.isArray(spec.access) && !hasRole(caller.actor as Actor, spec.access)) return fail(ReturnCode.FORBIDDEN, locale)
      const data = (await spec.run(parsed.data, { ...caller, useCases: useCasesOf(c) })) as R
      return { code: ReturnCode.OK, message: returnMessage(ReturnCode.OK, locale), data }
    } catch (e) {
      if (e instanceof AppError) return fail(e.code, locale, e.issues ? { issues: e.issues } : {})
      // The database briefly failed (a lost connection, a full disk): nothing was done; the caller may retry.
      if (isStoreUnavailable(e)) {
        logError('function failed: store unavailable', e)
        return { ...fail(ReturnCode.BUSY, locale), retryAfter: e.retryAfterSeconds }
      }
      logError('function failed', e)
      return fail(ReturnCode.INTERNAL, locale)
    }
  }
  return Object.assign(main, { access: spec.access, contract })
}
