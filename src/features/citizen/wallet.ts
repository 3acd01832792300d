// What the phone keeps so the code shows with no network (Xi'an 2022): the credential, the device key,
// the last status the server reported, names of issuing regions, and the clock offset. The ID number is
// never kept. The wallet belongs to one account: another account signing in on the phone starts empty.
import Taro from '@tarojs/taro'
import { correctedNow, pickSample, sampleFrom, type ClockSample } from '@core/client/clock-offset'
import type { IssuedCode, StatusView } from '@core/api/contract/citizen'

export const WALLET_KEY = 'hc.wallet'
export const CLOCK_KEY = 'hc.clock'
/** Relatives' codes this phone holds (features/relatives/proxy-store.ts); wiped with the wallet. */
export const PROXY_KEY = 'hc.proxy'

export interface Wallet {
  accountId: string
  /** The device's secp256k1 private key, base64. Never sent anywhere; only its public half is. */
  deviceKey: string | null
  credential: IssuedCode | null
  status: StatusView | null
  /** GB/T 2260 code → name, for the region of issue shown offline. */
  regionNames: Record<string, string>
  /**
   * The code moved to another phone (code-generate answered 40905): this phone's code is revoked, so it
   * is dropped and not renewed on its own; only "use on this phone" (an explicit bind) clears this.
   */
  replaced: boolean
}

/** A stored object, or null when absent, not an object, or storage fails. */
export function readStored<T>(key: string): T | null {
  try {
    const v = Taro.getStorageSync(key)
    return v && typeof v === 'object' ? (v as T) : null
  } catch {
    return null
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Storage full or unavailable: the code still shows this session, just not after a restart.
  }
}

export function emptyWallet(accountId: string): Wallet {
  return { accountId, deviceKey: null, credential: null, status: null, regionNames: {}, replaced: false }
}

export function loadWallet(accountId: string): Wallet {
  const w = readStored<Wallet>(WALLET_KEY)
  return w && w.accountId === accountId ? { ...emptyWallet(accountId), ...w } : emptyWallet(accountId)
}

export function saveWallet(w: Wallet): Wallet {
  writeStored(WALLET_KEY, w)
  return w
}

export function updateWallet(accountId: string, patch: Partial<Omit<Wallet, 'accountId'>>): Wallet {
  return saveWallet({ ...loadWallet(accountId), ...patch, accountId })
}

/** On sign-out: a signed-out phone shows no code and keeps no key, its own or a relative's. */
export function clearWallet(): void {
  for (const key of [WALLET_KEY, PROXY_KEY]) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // nothing stored
    }
  }
}

export function loadClock(): ClockSample | null {
  const s = readStored<ClockSample>(CLOCK_KEY)
  return s && typeof s.offsetMs === 'number' ? s : null
}

/** Learn the offset from a timed call that carried the server's time (code-generate, health-info). */
export function learnClock(serverTimeMs: number | undefined, sent: number, received: number): ClockSample | null {
  if (typeof serverTimeMs !== 'number') return loadClock()
  const next = pickSample(loadClock(), sampleFrom(serverTimeMs, sent, received))
  if (next) writeStored(CLOCK_KEY, next)
  return next
}

/** Epoch ms on the server's clock, as far as this phone knows it. */
export function serverNowMs(deviceNowMs = Date.now()): number {
  return correctedNow(deviceNowMs, loadClock())
}
