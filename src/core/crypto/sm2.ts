// SM2 signatures with SM3 (GM/T 0003.2, GM/T 0004), with the GM/T 0009 default signer ID in Z.
// Pure JS via sm-crypto-v2, so the same code verifies inside mini-programs.
import { sm2 } from 'sm-crypto-v2'
import { getMinHashLength, mapHashToField } from '@noble/curves/abstract/modular'
import { fromHex, toHex } from '../encoding/bytes'
import type { RandomBytes } from './random'

export const SM2_DEFAULT_USER_ID = '1234567812345678'
const SM2_N = BigInt('0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123')

type Point = ReturnType<typeof sm2.precomputePublicKey>
const cache = new Map<string, Point>()

export function sm2GenerateKey(random: RandomBytes): { privateKey: Uint8Array; publicKey: Uint8Array } {
  const privateKey = mapHashToField(random(getMinHashLength(SM2_N)), SM2_N)
  return { privateKey, publicKey: sm2PublicKey(privateKey) }
}

export function sm2PublicKey(privateKey: Uint8Array): Uint8Array {
  return fromHex(sm2.getPublicKeyFromPrivateKey(toHex(privateKey)))
}

/** Raw r||s (64 bytes). sm-crypto-v2 draws k from its own CSPRNG pool (crypto or wx.getRandomValues). */
export function sm2Sign(message: Uint8Array, privateKey: Uint8Array, publicKey?: Uint8Array): Uint8Array {
  const sig = sm2.doSignature(message, toHex(privateKey), {
    hash: true,
    der: false,
    userId: SM2_DEFAULT_USER_ID,
    publicKey: publicKey ? toHex(publicKey) : undefined
  })
  return fromHex(sig)
}

export function sm2Verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    if (signature.length !== 64) return false
    const hex = toHex(publicKey)
    let point = cache.get(hex)
    if (!point) {
      point = sm2.precomputePublicKey(hex)
      if (cache.size > 64) cache.clear()
      cache.set(hex, point)
    }
    return sm2.doVerifySignature(message, toHex(signature), point, { hash: true, der: false, userId: SM2_DEFAULT_USER_ID })
  } catch {
    return false
  }
}
