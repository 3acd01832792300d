// Alipay. Identity comes from Alipay's own login: my.getAuthCode({ scopes: 'auth_base' }) gives a
// one-time auth code (silent, no pop-up); the host function `auth-alipay` exchanges it
// (alipay.system.oauth.token on the server) for our session token. Every later call carries the
// token. Transport:
//  - Alipay cloud (云开发) when ALIPAY_CLOUD_ENV is set and my.cloud exists:
//    my.cloud.createCloudContext({ env }) → await ctx.init() → ctx.callFunction({ name, data })
//    → { result, requestID }. Cloud calls have no headers, so the token rides in data.__session;
//    the host's Alipay adapter strips it before the function sees `data`.
//  - otherwise HTTPS POST {API_BASE}/api/<name> with Authorization: Bearer <token>.
import { ReturnCode, isSessionError, networkFailure, toFunctionResult, typedCall, type FunctionResult } from './cloud-contract'
import { postFunction } from './http-transport'
import { clearSession, saveSession, sessionToken, type Session } from './session'

export * from './cloud-contract'

export const transportName: string = 'alipay'

declare const my: any

interface CloudContext {
  callFunction(o: { name: string; data: unknown }): Promise<{ result: unknown; requestID?: string }>
}

let ctxPromise: Promise<CloudContext> | null = null

function cloudContext(): Promise<CloudContext> | null {
  if (!ALIPAY_CLOUD_ENV || typeof my === 'undefined' || !my.cloud || !my.cloud.createCloudContext) return null
  if (!ctxPromise) {
    ctxPromise = (async () => {
      const ctx = my.cloud.createCloudContext({ env: ALIPAY_CLOUD_ENV })
      await ctx.init()
      return ctx as CloudContext
    })()
    ctxPromise.catch(() => { ctxPromise = null })
  }
  return ctxPromise
}

export function initCloud(): void {
  void cloudContext()
}

async function send<T>(name: string, data: Record<string, unknown>, token: string | null): Promise<FunctionResult<T>> {
  const ctx = cloudContext()
  if (!ctx) return postFunction<T>(API_BASE, name, data, token)
  try {
    const res = await (await ctx).callFunction({ name, data: token ? { ...data, __session: token } : data })
    return toFunctionResult<T>(res.result)
  } catch (err) {
    return networkFailure<T>(err)
  }
}

function authCode(): Promise<string> {
  return new Promise((resolve, reject) => {
    my.getAuthCode({
      scopes: 'auth_base',
      success: (r: { authCode?: string }) => (r.authCode ? resolve(r.authCode) : reject(new Error('no authCode'))),
      fail: (e: unknown) => reject(e)
    })
  })
}

/** Exchange a fresh Alipay auth code for a session; null when Alipay or the host refuses. */
async function signInWithAlipay(): Promise<string | null> {
  let code: string
  try {
    code = await authCode()
  } catch {
    return null
  }
  const r = await send<Session>('auth-alipay', { authCode: code }, null)
  if (r.code !== ReturnCode.OK || !r.data) return null
  saveSession(r.data)
  return r.data.token
}

export const callFunction = typedCall(async (name, data) => {
  if (name === 'auth-alipay') return send(name, data, null)
  const token = sessionToken() ?? (await signInWithAlipay())
  const first = await send(name, data, token)
  if (!isSessionError(first.code)) return first
  // The session lapsed or was revoked: one fresh exchange, one retry.
  clearSession()
  const again = await signInWithAlipay()
  if (!again) return first
  return send(name, data, again)
})
