// 信任列表同步 — the trust list (issuer keys, revocation lists) and the server time, for verifiers and
// holders to sync; public, since it holds only public keys and pseudonymous revocations.
import { trustSync } from '@core/api/contract/verifier'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(trustSync, {
  access: 'public',
  run: (_input, { useCases }) => useCases.verifier.syncTrust.execute()
})
