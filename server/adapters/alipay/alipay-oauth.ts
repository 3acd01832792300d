// alipay.system.oauth.token, written to Alipay's documented Open API contract: a form POST to the gateway
// with the app's parameters signed RSA2 (SHA256withRSA over the sorted "k=v&…" string), answered with JSON
// whose `alipay_system_oauth_token_response` node is signed by Alipay's public key. This machine cannot
// reach Alipay: the tests run it against a local gateway that checks and signs exactly this way.
import { createSign, createVerify } from 'node:crypto'
import { AppError } from '@core/api/app-error'
import type { AlipayIdentity } from '../../ports/platform-identity'

export interface AlipayConfig {
  appId: string
  appPrivateKeyPem: string
  alipayPublicKeyPem: string
  gateway: string
}

export function signParams(params: Record<string, string>, privateKeyPem: string): string {
  const content = Object.keys(params).filter(k => k !== 'sign' && params[k] !== '').sort().map(k => `${k}=${params[k]}`).join('&')
  return createSign('RSA-SHA256').update(content, 'utf8').sign(privateKeyPem, 'base64')
}

/** The exact JSON text of the response node, as Alipay signs it (not a re-serialisation). */
export function responseNode(body: string, node: string): string | null {
  const start = body.indexOf(`"${node}"`)
  if (start < 0) return null
  const open = body.indexOf('{', start)
  let depth = 0
  for (let i = open; i < body.length; i++) {
    if (body[i] === '"') { i++; while (i < body.length && body[i] !== '"') i += body[i] === '\\' ? 2 : 1; continue }
    if (body[i] === '{') depth++
    if (body[i] === '}' && --depth === 0) return body.slice(open, i + 1)
  }
  return null
}

const chinaTimestamp = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)

export class AlipayOAuth implements AlipayIdentity {
  constructor(private readonly cfg: AlipayConfig, private readonly fetchImpl: typeof fetch = fetch) {}

  async userIdFor(authCode: string): Promise<string> {
    const params: Record<string, string> = {
      app_id: this.cfg.appId, method: 'alipay.system.oauth.token', format: 'JSON', charset: 'utf-8', sign_type: 'RSA2',
      timestamp: chinaTimestamp(Date.now()), version: '1.0', grant_type: 'authorization_code', code: authCode
    }
    params.sign = signParams(params, this.cfg.appPrivateKeyPem)
    const res = await this.fetchImpl(this.cfg.gateway, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' }, body: new URLSearchParams(params).toString()
    })
    const text = await res.text()
    const node = responseNode(text, 'alipay_system_oauth_token_response')
    const sign = (JSON.parse(text) as { sign?: string }).sign
    if (!node || !sign) throw new AppError('UNAUTHENTICATED', 'alipay refused the auth code')
    if (!createVerify('RSA-SHA256').update(node, 'utf8').verify(this.cfg.alipayPublicKeyPem, sign, 'base64')) {
      throw new AppError('UNAUTHENTICATED', 'alipay answer not signed by alipay')
    }
    const data = JSON.parse(node) as { user_id?: string; open_id?: string; code?: string }
    const id = data.user_id ?? data.open_id
    if (!id) throw new AppError('UNAUTHENTICATED', 'alipay returned no user')
    return id
  }
}

export function alipayFromEnv(env = process.env): AlipayIdentity | null {
  if (!env.ALIPAY_APP_ID || !env.ALIPAY_APP_PRIVATE_KEY || !env.ALIPAY_PUBLIC_KEY) return null
  return new AlipayOAuth({
    appId: env.ALIPAY_APP_ID, appPrivateKeyPem: env.ALIPAY_APP_PRIVATE_KEY, alipayPublicKeyPem: env.ALIPAY_PUBLIC_KEY,
    gateway: env.ALIPAY_GATEWAY ?? 'https://openapi.alipay.com/gateway.do'
  })
}
