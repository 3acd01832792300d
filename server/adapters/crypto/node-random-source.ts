// The host's CSPRNG: node:crypto's randomBytes (OpenSSL's DRBG, seeded by the kernel).
import { randomBytes } from 'node:crypto'
import type { RandomSource } from '../../ports/random-source'

export const nodeRandomSource: RandomSource = {
  bytes: (length) => new Uint8Array(randomBytes(length))
}
