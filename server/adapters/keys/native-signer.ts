// Issuer signing on the server: ES256 through node:crypto (OpenSSL, ~0.03 ms a signature), SM2 through the
// pure-JS core (Node's OpenSSL cannot set the SM2 signer ID, so its signatures would not interoperate).
import { createPrivateKey, KeyObject, sign } from 'node:crypto'
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import { signerOf } from '@core/credential/issuer-key'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import { fromBase64, toBase64 } from '@core/encoding/bytes'

function es256KeyObject(key: IssuerKeyFile): KeyObject {
  const pub = fromBase64(key.publicKey)
  const b64url = (b: Uint8Array) => toBase64(b, true)
  return createPrivateKey({
    key: { kty: 'EC', crv: 'P-256', d: b64url(fromBase64(key.privateKey)), x: b64url(pub.subarray(1, 33)), y: b64url(pub.subarray(33, 65)) },
    format: 'jwk'
  })
}

export function nativeSignerOf(key: IssuerKeyFile): IssuerSigner {
  if (key.alg !== 'ES256') return signerOf(key)
  const keyObject = es256KeyObject(key)
  return {
    alg: key.alg,
    kid: fromBase64(key.kid),
    region: key.region,
    sign: (message: Uint8Array) => new Uint8Array(sign('sha256', message, { key: keyObject, dsaEncoding: 'ieee-p1363' }))
  }
}
