// encryptOAEP output must open with Node's native RSA-OAEP-256, as the host opens it.
jest.mock('@/services/random', () => ({ prepareCryptoGlobal: async () => undefined }))
import { constants, generateKeyPairSync, privateDecrypt } from 'node:crypto'
import { encryptIdNumber } from './id-encryption'

it('encrypts the ID number so that the host’s native RSA-OAEP-256 decrypts it', async () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const id = '330106199003071234'
  const a = await encryptIdNumber(pem, id)
  const b = await encryptIdNumber(pem, id)
  expect(a).not.toBe(b) // randomised padding
  for (const c of [a, b]) {
    const plain = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(c!, 'base64'))
    expect(plain.toString()).toBe(id)
  }
})
