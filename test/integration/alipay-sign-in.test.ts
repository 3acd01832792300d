// Alipay sign-in against a local gateway that behaves like Alipay's Open API: it checks our RSA2 request
// signature with the app's public key and signs its answer with an "Alipay" key (the real gateway cannot
// be reached from here).
import { ReturnCode } from '@core/api/return-codes'
import { createServer, Server } from 'node:http'
import { spawnSync } from 'node:child_process'
import { createSign, createVerify, generateKeyPairSync, KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { startHost, RunningHost, freePort } from '../support/host'

const app = generateKeyPairSync('rsa', { modulusLength: 2048 })
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048 })
const pem = (k: KeyObject, type: 'spki' | 'pkcs8') => k.export({ type, format: 'pem' } as never).toString()

function fakeGateway(port: number, codes: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', d => { body += d })
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body))
      const content = Object.keys(params).filter(k => k !== 'sign').sort().map(k => `${k}=${params[k]}`).join('&')
      const signed = createVerify('RSA-SHA256').update(content, 'utf8').verify(pem(app.publicKey, 'spki'), params.sign, 'base64')
      const user = codes[params.code]
      const node = signed && params.method === 'alipay.system.oauth.token' && user
        ? `{"access_token":"at","alipay_user_id":"${user}","expires_in":1296000,"re_expires_in":2592000,"refresh_token":"rt","user_id":"${user}"}`
        : null
      const sign = (text: string) => createSign('RSA-SHA256').update(text, 'utf8').sign(pem(alipay.privateKey, 'pkcs8'), 'base64')
      res.setHeader('content-type', 'application/json;charset=utf-8')
      res.end(node
        ? `{"alipay_system_oauth_token_response":${node},"sign":"${sign(node)}"}`
        : `{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"},"sign":"x"}`)
    })
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}

describe('Alipay sign-in', () => {
  let host: RunningHost
  let gateway: Server
  beforeAll(async () => {
    const port = await freePort()
    gateway = await fakeGateway(port, { goodcode1: '2088000000000001', goodcode2: '2088000000000001', goodcode3: '2088000000000001' })
    host = await startHost({ env: { ALIPAY_APP_ID: '2021000000000000', ALIPAY_APP_PRIVATE_KEY: pem(app.privateKey, 'pkcs8'), ALIPAY_PUBLIC_KEY: pem(alipay.publicKey, 'spki'), ALIPAY_GATEWAY: `http://127.0.0.1:${port}/gateway.do` } })
  }, 60_000)
  afterAll(async () => { await host.stop(); gateway.close() })

  it('signs in with a good auth code, finds the same account again, and refuses a bad one', async () => {
    const first = await host.call('auth-alipay', { authCode: 'goodcode1' }, undefined, { 'x-client-platform': 'alipay' })
    expect(first.body.code).toBe(ReturnCode.OK)
    const me = await host.call('auth-session', {}, first.body.data.token)
    expect(me.body.data.account.roles).toEqual(['citizen'])
    const again = await host.call('auth-alipay', { authCode: 'goodcode2' })
    expect(again.body.data.account.id).toBe(first.body.data.account.id)
    expect((await host.call('auth-alipay', { authCode: 'badcode' })).body.code).toBe(ReturnCode.UNAUTHENTICATED)
    expect(JSON.stringify(me.body)).not.toContain('2088000000000001')
  })

  it('finds the same account after the data and hash keys were rotated', async () => {
    const before = (await host.call('auth-alipay', { authCode: 'goodcode1' })).body.data.account.id
    const bin = join(__dirname, '..', '..', 'bin', 'healthcode.js')
    const r = spawnSync(process.execPath, [bin, 'keys', 'rotate-data-key', '--reload-wait', '3'], { env: { ...process.env, DATA_DIR: host.dataDir, DATABASE_URL: '', PG_SCHEMA: '' }, encoding: 'utf8' })
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ remainingOld: 0 })
    const lookup = JSON.parse(readFileSync(join(host.dataDir, 'keys', 'secrets.json'), 'utf8')).activeLookupKey
    const db = new Database(join(host.dataDir, 'healthcode.db'), { readonly: true })
    const row = db.prepare('select alipay_uid_hash h, alipay_uid_enc e from accounts where id = ?').get(before) as { h: string; e: string }
    db.close()
    expect(row.h.startsWith(`${lookup}.`)).toBe(true)
    expect(row.e).not.toContain('2088000000000001')
    await new Promise(res => setTimeout(res, 2500)) // the host reloads the trimmed key file
    expect((await host.call('auth-alipay', { authCode: 'goodcode3' })).body.data.account.id).toBe(before)
  }, 60_000)
})
