// 传输公钥 — the host's RSA public key; clients encrypt the ID number with RSA-OAEP (SHA-256) under it.
import { transportKey } from '@core/api/contract/citizen'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(transportKey, {
  access: 'public',
  run: (_input, { useCases }) => useCases.citizen.getTransportKey.execute()
})
