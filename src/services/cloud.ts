// Import the gateway as `@/services/cloud`. At build time Taro swaps in cloud.<TARO_ENV>.ts
// (weapp / alipay / h5), so each build carries only its own transport. This file is what the
// type checker sees and what any other platform would get: no transport at all.
import { ReturnCode, typedCall } from './cloud-contract'

export * from './cloud-contract'

export const transportName: string = 'none'

export function initCloud(): void {}

export const callFunction = typedCall(async name => (
  { code: ReturnCode.UNSUPPORTED, error: 'unsupported', message: `No cloud transport for this platform (${name})` }
))
