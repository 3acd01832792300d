// What this phone keeps of the codes and statuses it holds for relatives (代领), one entry per grant, under
// `hc.proxy`: a device key made for that grant alone, the last credential grant-code gave (drawn offline
// like one's own code), or the last status grant-status gave. It belongs to the signed-in account (the
// relative) and is wiped with the wallet on sign-out; an entry whose grant ended is deleted at the next sync.
import { PROXY_KEY, readStored, writeStored } from '@/features/citizen/wallet'
import type { IssuedCode, StatusView } from '@core/api/contract/citizen'
import type { GrantScope, GrantView } from '@core/api/contract/grants'

export interface HeldEntry {
  grantId: string
  scope: GrantScope
  /** The person who granted it, masked (surname + *, masked phone). */
  holder: { name: string | null; phone: string | null; id?: string | null }
  purpose: string
  /** Epoch ms when the grant itself ends. */
  expiresGrantAt: number
  /** base64 secp256k1 private key made for this grant: ending the grant revokes exactly this phone's codes for it. */
  deviceKey: string | null
  credential: IssuedCode | null
  status: StatusView | null
  /** Corrected epoch ms of the last successful sync. */
  syncedAt: number | null
}

interface HeldWallet {
  accountId: string
  grants: Record<string, HeldEntry>
}

function load(accountId: string): HeldWallet {
  const w = readStored<HeldWallet>(PROXY_KEY)
  return w && w.accountId === accountId && w.grants && typeof w.grants === 'object' ? w : { accountId, grants: {} }
}

export function listHeld(accountId: string): HeldEntry[] {
  return Object.values(load(accountId).grants).sort((a, b) => a.expiresGrantAt - b.expiresGrantAt)
}

export function getHeld(accountId: string, grantId: string): HeldEntry | null {
  return load(accountId).grants[grantId] ?? null
}

export function putHeld(accountId: string, entry: HeldEntry): HeldEntry {
  const w = load(accountId)
  writeStored(PROXY_KEY, { ...w, grants: { ...w.grants, [entry.grantId]: entry } })
  return entry
}

/** The grant ended: forget its credential and its key. */
export function dropHeld(accountId: string, grantId: string): void {
  const w = load(accountId)
  if (!w.grants[grantId]) return
  const grants = { ...w.grants }
  delete grants[grantId]
  writeStored(PROXY_KEY, { ...w, grants })
}

/** Entry for a grant from grant-list, keeping what the phone already holds for it. */
export function rememberGrant(accountId: string, g: GrantView): HeldEntry {
  const old = getHeld(accountId, g.id)
  return putHeld(accountId, {
    grantId: g.id, scope: g.scope, holder: { ...old?.holder, name: g.other.name, phone: g.other.phone }, purpose: g.purpose, expiresGrantAt: g.expiresAt,
    deviceKey: old?.deviceKey ?? null, credential: old?.credential ?? null, status: old?.status ?? null, syncedAt: old?.syncedAt ?? null
  })
}

/** After grant-list: keep entries only for grants that are still live; the others' credentials go. */
export function pruneHeld(accountId: string, held: GrantView[], nowMs: number): string[] {
  const live = new Set(held.filter((g) => g.state === 'active' && g.expiresAt > nowMs).map((g) => g.id))
  const gone = listHeld(accountId).map((e) => e.grantId).filter((id) => !live.has(id))
  gone.forEach((id) => dropHeld(accountId, id))
  return gone
}
