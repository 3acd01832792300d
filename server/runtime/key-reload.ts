// A running host picks up rotated keys without a restart: every few seconds it looks at the key files'
// modification times and, when one changed, reloads the key ring and swaps the signer and the data keys.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { dataKeysOf, loadKeyRing, OPTIONAL } from '../adapters/keys/key-ring'
import { nativeSignerOf } from '../adapters/keys/native-signer'
import type { Container } from './container'
import { logError, logInfo } from '../kernel/log'

/** The default of KEY_RELOAD_MS (server/runtime/config.ts). */
export const KEY_RELOAD_MS = 2000

function fingerprint(dir: string): string {
  return ['issuer.json', 'secrets.json', ...OPTIONAL].map(f => {
    const p = join(dir, f)
    return existsSync(p) ? `${f}:${statSync(p).mtimeMs}` : `${f}:-`
  }).join('|')
}

export function reloadKeys(c: Container): void {
  const ring = loadKeyRing(c.config.keysDir)
  c.keys = ring
  c.signer = nativeSignerOf(ring.issuer)
  c.pii.replaceKeys?.(dataKeysOf(ring.secrets))
}

export function watchKeys(c: Container, everyMs = KEY_RELOAD_MS): () => void {
  if (process.env.KEYS_JSON) return () => undefined
  let seen = fingerprint(c.config.keysDir)
  const timer = setInterval(() => {
    try {
      const now = fingerprint(c.config.keysDir)
      if (now === seen) return
      seen = now
      reloadKeys(c)
      logInfo('keys reloaded', { kid: c.keys.issuer.kid })
    } catch (e) {
      logError('key reload', e)
    }
  }, everyMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
