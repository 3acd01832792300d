// Rotates the code-signing key: the next key is published in the trust list before its first use
// (issuer-next.json, which running hosts publish within seconds), and only after a publication wait does it
// become the signing key. The old key stays in the trust list, so codes it signed stay valid until they lapse,
// and is pruned once even a paper code it signed has expired. The pseudonym key carries over.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createIssuerKey, IssuerKeyFile } from '@core/credential/issuer-key'
import { PAPER_MAX_LIFETIME_S } from '@core/credential/format'
import type { IssuerAlg } from '@core/crypto/issuer-signature'

type Retired = IssuerKeyFile & { retiredAt: string }

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T
const write = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2), { mode: 0o600 })

export function announceNextIssuer(keysDir: string, alg?: IssuerAlg, now = Date.now()): IssuerKeyFile {
  const current = read<IssuerKeyFile>(join(keysDir, 'issuer.json'))
  const next = createIssuerKey(alg ?? current.alg, current.region, n => new Uint8Array(randomBytes(n)), now, { pseudonymKey: current.pseudonymKey })
  write(join(keysDir, 'issuer-next.json'), next)
  return next
}

export function activateNextIssuer(keysDir: string, now = Date.now()): { active: IssuerKeyFile; retired: IssuerKeyFile } {
  const nextPath = join(keysDir, 'issuer-next.json')
  if (!existsSync(nextPath)) throw new Error('no announced key: run keys rotate-issuer first')
  const current = read<IssuerKeyFile>(join(keysDir, 'issuer.json'))
  const next = read<IssuerKeyFile>(nextPath)
  const prevPath = join(keysDir, 'issuer-previous.json')
  const previous = (existsSync(prevPath) ? read<Retired[]>(prevPath) : [])
    .filter(k => Date.parse(k.retiredAt) + PAPER_MAX_LIFETIME_S * 1000 > now)
  write(prevPath, [...previous, { ...current, retiredAt: new Date(now).toISOString() }])
  write(join(keysDir, 'issuer.json'), next)
  rmSync(nextPath)
  return { active: next, retired: current }
}
