// DSC lookup by COSE kid: the kid is the first 8 bytes of SHA-256 over the certificate's DER (hcert spec §3.3.1).
import { sha256 } from '@noble/hashes/sha256'
import { bytesEqual, fromBase64 } from '../encoding/bytes'
import { X509Info, parseX509 } from './x509'

interface Entry { kid: Uint8Array | null; der: Uint8Array | null }

// Trust lists are long-lived and re-passed on every scan; hashing each DSC once keeps a scan cheap. The cache is
// keyed by the certificate text itself, so it cannot change any verdict, and it is bounded.
const cache = new Map<string, Entry>()
const CACHE_LIMIT = 4096

function entry(certBase64: string): Entry {
  let e = cache.get(certBase64)
  if (!e) {
    try {
      const der = fromBase64(certBase64)
      e = { der, kid: sha256(der).subarray(0, 8) }
    } catch {
      e = { der: null, kid: null }
    }
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(certBase64, e)
  }
  return e
}

export interface Candidate { der: Uint8Array; cert: X509Info }

/** Every parseable trusted DSC whose kid matches (kids may collide; each candidate is tried). */
export function findSigners(kid: Uint8Array, dccCerts: readonly string[]): Candidate[] {
  const out: Candidate[] = []
  if (kid.length !== 8) return out // CO25/CO26: a kid of any other length never names a DSC
  for (const c of dccCerts) {
    if (typeof c !== 'string') continue
    const e = entry(c)
    if (!e.kid || !e.der || !bytesEqual(e.kid, kid)) continue
    try {
      out.push({ der: e.der, cert: parseX509(e.der) })
    } catch {
      // A malformed trust entry is skipped rather than failing every code.
    }
  }
  return out
}
