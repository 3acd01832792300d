// 制码 — a fresh signed credential for the caller's phone (device key); a new key binds a new phone.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { GenerateCode } from '../../server/usecases/credential/generate-code'

export const main = defineFunction({
  access: 'account',
  input: z.object({ devicePublicKey: z.string().min(40).max(100), bind: z.boolean().optional() }).strict(),
  run: ({ devicePublicKey, bind }, { c, actor }) =>
    new GenerateCode({ store: c.store, clock: c.clock, signer: c.signer, pseudonymOf: c.pseudonymOf, onIssued: r => c.issued.issued(r) }).execute(actor, devicePublicKey, bind === true)
})
