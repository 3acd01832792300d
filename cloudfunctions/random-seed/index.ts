// 随机种子 — 32 fresh bytes from the host's CSPRNG for a phone whose platform has no secure random source.
import { randomSeed } from '@core/api/contract/device'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(randomSeed, {
  access: 'public',
  run: (_input, { useCases, ip }) => useCases.device.issueRandomSeed.execute(ip)
})
