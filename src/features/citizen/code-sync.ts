// Keeps the phone's credential current. Everything that needs the network is here; showing the code
// needs none of it (use-presentation.ts draws from the wallet alone).
import { RandomPool } from '@core/crypto/random'
import { generateDeviceKey, devicePublicKey, deviceKeyHash } from '@core/crypto/device-key'
import { bytesEqual, fromBase64, toBase64 } from '@core/encoding/bytes'
import { readOwnClaims, readOwnDeviceHash } from '@core/client/own-claims'
import { renewalReason, type RenewalReason } from '@core/client/renewal'
import { ReturnCode } from '@core/api/return-codes'
import { reseedRandom, secureRandom } from '@/services/random'
import { fetchHealthInfo, generateCode, listRegions } from './citizen-api'
import type { DeclarationResult } from '@core/api/contract/citizen'
import type { NormalisedHealthInfo } from './types'
import { learnClock, loadWallet, serverNowMs, updateWallet, type Wallet } from './wallet'

/** The device key of this phone for this account, made on first use from the platform's CSPRNG. */
export async function ensureDeviceKey(accountId: string): Promise<Uint8Array> {
  return (await deviceKey(accountId)).key
}

async function deviceKey(accountId: string): Promise<{ key: Uint8Array; created: boolean }> {
  const stored = loadWallet(accountId).deviceKey
  if (stored) return { key: fromBase64(stored), created: false }
  const key = await makeDeviceKey()
  updateWallet(accountId, { deviceKey: toBase64(key) })
  return { key, created: true }
}

/** A new secp256k1 device private key from the platform's CSPRNG (never Math.random). */
export async function makeDeviceKey(): Promise<Uint8Array> {
  const pool = new RandomPool()
  pool.add(await secureRandom(64)) // generateDeviceKey draws 48 bytes for a 256-bit curve
  return generateDeviceKey(pool.take).privateKey
}

/** 40905: the code moved to another phone; this phone's renewal does not take it back. */
export const DEVICE_REPLACED = ReturnCode.DEVICE_REPLACED

export interface FreshCode {
  /** The return code of code-generate (0, or why no fresh credential came). */
  returnCode: number
  wallet: Wallet
  deviceChanged?: boolean
}

/**
 * code-generate with this phone's key. A key made just now binds this phone (and revokes the old one);
 * a renewal does not: if the code moved to another phone the host answers 40905, and only an explicit
 * `bind` (the user choosing "use on this phone") moves it back.
 */
export async function fetchFreshCode(accountId: string, bind = false): Promise<FreshCode> {
  const { key, created } = await deviceKey(accountId)
  const { result, sent, received } = await generateCode(toBase64(devicePublicKey(key)), bind || created)
  // The code is on another phone now and this phone's code is revoked: never show it as if valid.
  if (result.code === DEVICE_REPLACED) return { returnCode: result.code, wallet: updateWallet(accountId, { credential: null, replaced: true }) }
  if (result.code !== ReturnCode.OK || !result.data) return { returnCode: result.code, wallet: loadWallet(accountId) }
  const d = result.data
  learnClock(d.serverTime, sent, received)
  const wallet = updateWallet(accountId, { credential: { credential: d.credential, issuedAt: d.issuedAt, expiresAt: d.expiresAt }, replaced: false })
  return { returnCode: ReturnCode.OK, wallet, deviceChanged: d.deviceChanged }
}

/** A declaration or check-in answered: keep its status and its new credential, or fetch one (first time: no phone bound yet). */
export async function applyDeclarationResult(accountId: string, r: DeclarationResult): Promise<FreshCode> {
  const before = loadWallet(accountId)
  // The host issues that credential for the bound phone; if that is another phone, this one could not present it.
  const issued = r.code && !before.replaced && before.deviceKey && boundToKey(r.code.credential, before.deviceKey) ? r.code : null
  const wallet = updateWallet(accountId, { status: r.status, ...(issued ? { credential: issued } : {}) })
  if (wallet.replaced) return { returnCode: DEVICE_REPLACED, wallet }
  const held = heldOf(wallet)
  if (issued && held?.status === r.status.status) return { returnCode: ReturnCode.OK, wallet }
  return fetchFreshCode(accountId)
}

function ownDeviceHash(deviceKeyBase64: string): string {
  return toBase64(deviceKeyHash(devicePublicKey(fromBase64(deviceKeyBase64))), true)
}

/** Whether a credential's `cnf` names this device key (docs/code-format.md §5). */
export function boundToKey(credential: string, deviceKeyBase64: string): boolean {
  const bound = readOwnDeviceHash(credential)
  return !!bound && bytesEqual(bound, deviceKeyHash(devicePublicKey(fromBase64(deviceKeyBase64))))
}

function heldOf(w: Wallet) {
  const claims = w.credential ? readOwnClaims(w.credential.credential) : null
  return claims ? { expiresAt: claims.expiresAt, status: claims.status } : null
}

export interface SyncOutcome {
  info: NormalisedHealthInfo | null
  /** The host could not be reached (59901): the page says so and keeps showing the stored code. */
  offline: boolean
  renewed: RenewalReason | null
  /** The return code of the call that failed, or 0. */
  returnCode: number
  wallet: Wallet
}

/** health-info, then renew the credential if it is missing, expiring or of another colour. */
export async function syncWithServer(accountId: string): Promise<SyncOutcome> {
  const { result, sent, received } = await fetchHealthInfo()
  if (result.code !== ReturnCode.OK || !result.data) {
    const wallet = await renewIfExpiring(accountId)
    return { info: null, offline: result.code === ReturnCode.NETWORK, renewed: null, returnCode: result.code, wallet }
  }
  const info = result.data
  learnClock(info.serverTime, sent, received)
  // Where the platform has no CSPRNG (Alipay, plugins) the fallback generator takes fresh host and phone
  // entropy at every sync; elsewhere a no-op. Not awaited: its sensor burst takes about half a second.
  void reseedRandom()
  let wallet = updateWallet(accountId, { status: info.status })
  // The code moved to another phone: this phone's code is revoked, so stop showing it at once.
  if (info.deviceHash && wallet.deviceKey && !wallet.replaced && info.deviceHash !== ownDeviceHash(wallet.deviceKey)) {
    wallet = updateWallet(accountId, { credential: null, replaced: true })
  }
  // A replaced phone waits for the user's "use on this phone"; renewing would only get 40905 again.
  const reason = info.bound && !wallet.replaced ? renewalReason(heldOf(wallet), serverNowMs() / 1000, info.status?.status ?? null) : null
  let returnCode: number = ReturnCode.OK
  if (reason) ({ returnCode, wallet } = await fetchFreshCode(accountId))
  if (wallet.credential) wallet = await rememberRegionName(accountId, wallet)
  return { info, offline: false, renewed: returnCode === ReturnCode.OK ? reason : null, returnCode, wallet }
}

async function renewIfExpiring(accountId: string): Promise<Wallet> {
  const wallet = loadWallet(accountId)
  return !wallet.replaced && renewalReason(heldOf(wallet), serverNowMs() / 1000) === 'expiring' ? (await fetchFreshCode(accountId)).wallet : wallet
}

/** GB/T 2260: a county's parent is its prefecture (xxxx00), a prefecture's its province (xx0000). */
export function parentRegion(code: string): string | undefined {
  if (code.endsWith('0000')) return undefined
  return code.endsWith('00') ? code.slice(0, 2) + '0000' : code.slice(0, 4) + '00'
}

async function rememberRegionName(accountId: string, wallet: Wallet): Promise<Wallet> {
  const region = readOwnClaims(wallet.credential!.credential)?.region
  if (!region || wallet.regionNames[region]) return wallet
  const r = await listRegions(parentRegion(region))
  const hit = r.data?.regions.find((x) => x.code === region)
  return hit ? updateWallet(accountId, { regionNames: { ...wallet.regionNames, [region]: hit.name } }) : wallet
}
