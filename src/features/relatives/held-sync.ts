// One sync of a grant this phone holds. "Hold" grants: grant-code with the grant's own device key gives a
// fresh credential for the person who granted it (and its colour); "view" grants: grant-status gives their
// status. When the host answers 40301 the grant is gone (revoked by either side, or expired): the entry,
// its credential and its key are deleted and nothing of that person is shown any more.
import { devicePublicKey } from '@core/crypto/device-key'
import { fromBase64, toBase64 } from '@core/encoding/bytes'
import { ReturnCode } from '@core/api/return-codes'
import { makeDeviceKey } from '@/features/citizen/code-sync'
import { learnClock, serverNowMs } from '@/features/citizen/wallet'
import { fetchGrantCode, fetchGrantStatus } from './grants-api'
import { dropHeld, getHeld, putHeld, type HeldEntry } from './held-store'

export type HeldSyncState = 'ok' | 'gone' | 'offline' | 'error'

export interface HeldSync {
  state: HeldSyncState
  code: number
  entry: HeldEntry | null
}

export async function syncHeld(accountId: string, grantId: string): Promise<HeldSync> {
  let entry = getHeld(accountId, grantId)
  if (!entry) return { state: 'gone', code: ReturnCode.FORBIDDEN, entry: null }
  if (entry.scope === 'hold' && !entry.deviceKey) entry = putHeld(accountId, { ...entry, deviceKey: toBase64(await makeDeviceKey()) })
  const outcome = entry.scope === 'hold' ? await syncCode(accountId, entry) : await syncStatus(accountId, entry)
  if (outcome.code === ReturnCode.FORBIDDEN) {
    dropHeld(accountId, grantId)
    return { state: 'gone', code: outcome.code, entry: null }
  }
  if (outcome.code === ReturnCode.NETWORK) return { state: 'offline', code: outcome.code, entry }
  return { state: outcome.code === ReturnCode.OK ? 'ok' : 'error', code: outcome.code, entry: outcome.entry ?? entry }
}

async function syncCode(accountId: string, entry: HeldEntry): Promise<{ code: number; entry?: HeldEntry }> {
  const key = toBase64(devicePublicKey(fromBase64(entry.deviceKey!)))
  const { result, sent, received } = await fetchGrantCode(entry.grantId, key)
  if (result.code !== ReturnCode.OK || !result.data) return { code: result.code }
  const d = result.data
  learnClock(d.serverTime, sent, received)
  return {
    code: 0,
    entry: putHeld(accountId, {
      ...entry, credential: { credential: d.credential, issuedAt: d.issuedAt, expiresAt: d.expiresAt },
      expiresGrantAt: d.expiresGrantAt ?? entry.expiresGrantAt, syncedAt: serverNowMs()
    })
  }
}

async function syncStatus(accountId: string, entry: HeldEntry): Promise<{ code: number; entry?: HeldEntry }> {
  const r = await fetchGrantStatus(entry.grantId)
  if (r.code !== ReturnCode.OK || !r.data) return { code: r.code }
  const holder = { ...entry.holder, name: r.data.holder?.name ?? entry.holder.name, id: r.data.holder?.id ?? null }
  return { code: 0, entry: putHeld(accountId, { ...entry, holder, status: r.data.status, syncedAt: serverNowMs() }) }
}
