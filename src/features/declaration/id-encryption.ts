// The ID number leaves the phone only RSA-OAEP (SHA-256) encrypted under the host's transport key, with
// jsencrypt 3.5.4's encryptOAEP (Node's privateDecrypt with oaepHash 'sha256' reads it). Not stored.
//
// jsencrypt seeds its padding generator once, from `self.crypto.getRandomValues`, when its module first
// runs, and silently falls back to Math.random if that is missing. In the mini-program `self` is Taro's
// window (config/index.ts), which has no crypto: prepareCryptoGlobal() puts a getRandomValues there that
// draws from the pool wx.getRandomValues filled, and only then is jsencrypt required (lazily, below).
import { prepareCryptoGlobal } from '@/services/random'

type JSEncryptClass = new () => { setPublicKey(pem: string): void; encryptOAEP(text: string): string | false }

export async function encryptIdNumber(publicKeyPem: string, idNumber: string): Promise<string | null> {
  await prepareCryptoGlobal()
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const JSEncrypt: JSEncryptClass = require('./jsencrypt-loader').default
  const rsa = new JSEncrypt()
  rsa.setPublicKey(publicKeyPem)
  const out = rsa.encryptOAEP(idNumber)
  return typeof out === 'string' && out.length > 0 ? out : null
}
