// The EU reference JS stack for DCC verification (base45 + pako + cose-js, as in the dgc-testdata JS checks), for
// benchmarks against verifyDcc. Node only (it uses node:crypto to read the certificate). It checks the
// signature and nothing else: no kid lookup, key usage, time or schema, so compare it with verifyDcc's signature
// verdict only.
import { X509Certificate } from 'crypto'

// These packages ship no type declarations; the bench needs one call from each.
const cose = require('cose-js') as {
  sign: { verify(message: Buffer, verifier: { key: Record<string, unknown> }, options?: { defaultType?: number }): Promise<Buffer> }
}
const base45 = require('base45') as { decode(text: string): Buffer }
const pako = require('pako') as { inflate(data: Uint8Array): Uint8Array }

const COSE_SIGN1 = 18

/** cose-js knows COSE tags only, so the optional CWT tag 61 (d8 3d) is removed first. */
function stripCwtTag(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes[0] === 0xd8 && bytes[1] === 0x3d ? bytes.subarray(2) : bytes)
}

/** cose-js wants raw key material: x/y for ES256 (via elliptic), n/e for PS256 (via node-rsa). */
function verifierKey(certBase64: string): Record<string, unknown> {
  const jwk = new X509Certificate(Buffer.from(certBase64, 'base64')).publicKey.export({ format: 'jwk' })
  if (jwk.kty === 'EC') return { x: Buffer.from(jwk.x!, 'base64url'), y: Buffer.from(jwk.y!, 'base64url') }
  if (jwk.kty === 'RSA') {
    const e = Buffer.from(jwk.e!, 'base64url')
    return { n: Buffer.from(jwk.n!, 'base64url'), e: e.readUIntBE(0, e.length) }
  }
  throw new Error(`unsupported key type ${jwk.kty}`)
}

/** True when `text` (HC1:…) carries a COSE_Sign1 whose signature verifies under the certificate's key. */
export async function referenceVerify(text: string, certBase64: string): Promise<boolean> {
  try {
    if (!text.startsWith('HC1:')) return false
    const cwt = stripCwtTag(pako.inflate(base45.decode(text.slice(4))))
    await cose.sign.verify(cwt, { key: verifierKey(certBase64) }, { defaultType: COSE_SIGN1 })
    return true
  } catch {
    return false
  }
}
