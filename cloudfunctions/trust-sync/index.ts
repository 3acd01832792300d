// 信任列表同步 — the trust list (issuer keys, revocation lists) and the server time, for verifiers and
// holders to sync; public, since it holds only public keys and pseudonymous revocations.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'
import { currentTrustList } from '../../server/usecases/credential/trust-list'

export const main = definePublicFunction({
  access: 'public',
  input: z.object({}).strict(),
  run: async (_input, { c }) => ({ trustList: await currentTrustList(c), serverTime: c.clock.now() })
})
