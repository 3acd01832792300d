// Opens ID numbers sent with RSA-OAEP (SHA-256) under the host's transport key: native, about 1 ms.
import { constants, createPrivateKey, KeyObject, privateDecrypt } from 'node:crypto'
import type { IdDecrypter } from '../../ports/id-decrypter'

export class RsaIdDecrypter implements IdDecrypter {
  private readonly key: KeyObject

  constructor(privatePem: string) {
    this.key = createPrivateKey(privatePem)
  }

  decrypt(ciphertextBase64: string): string | null {
    try {
      const plain = privateDecrypt({ key: this.key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(ciphertextBase64, 'base64'))
      return plain.toString('utf8')
    } catch {
      return null
    }
  }
}
