// 传输公钥 — the host's RSA public key; clients encrypt the ID number with RSA-OAEP (SHA-256) under it.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction({
  input: z.object({}).strict(),
  access: 'public',
  run: async (_input, { c }) => ({ algorithm: 'RSA-OAEP-256', publicKeyPem: c.keys.transportPublicPem })
})
