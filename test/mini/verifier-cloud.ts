// What the scan page asks of the cloud, answered as the host would for a verifier at an open point: the
// trust list (from the test's fixtures), the point, the session, and scan uploads accepted by their keys.
import type { CloudCall } from './simulate'

export const VERIFIER_ACCOUNT = { id: 'v-1', roles: ['citizen', 'verifier'], region: '330100', pointId: 'p-1', displayName: '演示核验员', phoneMasked: '138****0003' }

export function verifierCloud(trustList: () => unknown) {
  return ({ name, data }: CloudCall) => {
    if (name === 'trust-sync') return { code: 0, message: 'ok', data: { trustList: trustList(), serverTime: Date.now() } }
    if (name === 'scan-record') {
      const keys = (data.scans as { idempotencyKey: string }[]).map((s) => s.idempotencyKey)
      return { code: 0, message: 'ok', data: { accepted: keys.length, duplicates: 0, keys } }
    }
    if (name === 'point-list') return { code: 0, message: 'ok', data: { points: [{ id: 'p-1', name: '文三路核酸采集点', status: 'open' }] } }
    if (name === 'auth-session') return { code: 0, message: 'ok', data: { account: VERIFIER_ACCOUNT, serverTime: Date.now() } }
    return { code: 0, message: 'ok', data: {} }
  }
}
