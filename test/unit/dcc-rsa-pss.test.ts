// RSA-PSS (PS256) against signatures made by node:crypto (OpenSSL), the independent reference.
import { constants, createPublicKey, generateKeyPairSync, randomBytes, sign } from 'crypto'
import { rsaPssVerify, modPow, bytesToBigInt } from '@core/dcc/rsa-pss'

function keyParts(publicKey: ReturnType<typeof createPublicKey>) {
  const jwk = publicKey.export({ format: 'jwk' })
  return { n: Buffer.from(jwk.n!, 'base64url'), e: Buffer.from(jwk.e!, 'base64url') }
}

describe('rsaPssVerify', () => {
  for (const bits of [2048, 3072]) {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits })
    const key = keyParts(publicKey)
    const msg = randomBytes(300)
    const pss = (saltLength: number) => sign('sha256', msg, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength })

    test(`RSA ${bits}: accepts a node:crypto PS256 signature with a 32-byte salt`, () => {
      expect(rsaPssVerify(key, msg, pss(32))).toBe(true)
      expect(rsaPssVerify(key, msg, pss(32), 'auto')).toBe(true)
    })
    test(`RSA ${bits}: salt length is enforced unless 'auto'`, () => {
      const sig = pss(20)
      expect(rsaPssVerify(key, msg, sig)).toBe(false)
      expect(rsaPssVerify(key, msg, sig, 20)).toBe(true)
      expect(rsaPssVerify(key, msg, sig, 'auto')).toBe(true)
      expect(rsaPssVerify(key, msg, pss(0), 'auto')).toBe(true)
    })
    test(`RSA ${bits}: rejects tampering, wrong key, PKCS#1 v1.5, bad lengths`, () => {
      const sig = pss(32)
      const flipped = Buffer.from(sig); flipped[10] ^= 1
      expect(rsaPssVerify(key, msg, flipped)).toBe(false)
      const other = Buffer.from(msg); other[0] ^= 1
      expect(rsaPssVerify(key, other, sig)).toBe(false)
      const otherKey = keyParts(generateKeyPairSync('rsa', { modulusLength: bits }).publicKey)
      expect(rsaPssVerify(otherKey, msg, sig)).toBe(false)
      expect(rsaPssVerify(key, msg, sign('sha256', msg, privateKey))).toBe(false)
      expect(rsaPssVerify(key, msg, sig.subarray(1))).toBe(false)
      expect(rsaPssVerify(key, msg, Buffer.concat([Buffer.of(0), sig]))).toBe(false)
      expect(rsaPssVerify(key, msg, Buffer.alloc(sig.length, 0xff))).toBe(false) // s >= n
      expect(rsaPssVerify(key, msg, Buffer.alloc(sig.length))).toBe(false)
    })
  }

  test('odd-sized modulus (emLen < k) verifies', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2049 })
    const sig = sign('sha256', Buffer.from('x'), { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
    expect(rsaPssVerify(keyParts(publicKey), Buffer.from('x'), sig)).toBe(true)
  })

  test('never throws on nonsense keys', () => {
    expect(rsaPssVerify({ n: new Uint8Array(0), e: new Uint8Array(0) }, new Uint8Array(1), new Uint8Array(0))).toBe(false)
    expect(rsaPssVerify({ n: new Uint8Array(256).fill(0xff), e: Uint8Array.of(1) }, new Uint8Array(1), new Uint8Array(256))).toBe(false)
  })

  test('modPow matches small known values', () => {
    expect(modPow(BigInt(4), BigInt(13), BigInt(497))).toBe(BigInt(445))
    expect(bytesToBigInt(Uint8Array.of(1, 0))).toBe(BigInt(256))
  })
})
