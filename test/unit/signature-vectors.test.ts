// Issuer signatures against published vectors: RFC 6979 A.2.5 (ECDSA P-256, SHA-256, message "sample")
// and GB/T 32918.5-2017 / GM/T 0003.5 Annex A (SM2 on the recommended curve, ID 1234567812345678).
import { sm2 } from 'sm-crypto-v2'
import { es256PublicKey, es256Sign, es256Verify } from '@core/crypto/es256'
import { sm2PublicKey, sm2Verify } from '@core/crypto/sm2'
import { fromHex, toHex, utf8Encode } from '@core/encoding/bytes'

describe('ES256 (RFC 6979 A.2.5)', () => {
  const d = fromHex('c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721')
  const pub = fromHex('04' + '60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6' + '7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299')
  const sample = utf8Encode('sample')
  const expected = 'efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716' + 'f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8'

  it('derives the published public key', () => expect(toHex(es256PublicKey(d))).toBe(toHex(pub)))
  it('signs deterministically to the published (r, s)', () => expect(toHex(es256Sign(sample, d))).toBe(expected))
  it('verifies the published signature and rejects a changed message or signature', () => {
    expect(es256Verify(sample, fromHex(expected), pub)).toBe(true)
    expect(es256Verify(utf8Encode('samplf'), fromHex(expected), pub)).toBe(false)
    const bad = fromHex(expected); bad[63] ^= 1
    expect(es256Verify(sample, bad, pub)).toBe(false)
  })
})

describe('SM2 with SM3 (GB/T 32918.5-2017 Annex A)', () => {
  const d = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8'
  const pubHex = '04' + '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' + 'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13'
  const k = BigInt('0x59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21')
  const message = utf8Encode('message digest')
  const r = 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3'
  const s = 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa'

  it('derives the published public key', () => expect(toHex(sm2PublicKey(fromHex(d)))).toBe(pubHex))
  it('computes the published Z and digest e with the default signer ID', () => {
    expect(toHex(sm2.getZ(pubHex, '1234567812345678') as Uint8Array)).toBe('b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3')
    expect(sm2.getHash(message, pubHex, '1234567812345678')).toBe('f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640')
  })
  it('signs with the published k to the published (r, s)', () => {
    // The library takes k and x1 (the x of kG) as a precomputed point; we compute kG ourselves.
    const pointHex = sm2.getPublicKeyFromPrivateKey(k.toString(16).padStart(64, '0'))
    const x1 = BigInt('0x' + pointHex.slice(2, 66))
    const sig = sm2.doSignature(message, d, { hash: true, der: false, userId: '1234567812345678', pointPool: [{ k, x1 }] })
    expect(sig).toBe(r + s)
  })
  it('verifies the published signature through our verifier and rejects changes', () => {
    expect(sm2Verify(message, fromHex(r + s), fromHex(pubHex))).toBe(true)
    expect(sm2Verify(utf8Encode('message digesu'), fromHex(r + s), fromHex(pubHex))).toBe(false)
    const bad = fromHex(r + s); bad[0] ^= 0x80
    expect(sm2Verify(message, bad, fromHex(pubHex))).toBe(false)
  })
})
