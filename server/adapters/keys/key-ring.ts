// The region's keys, as files in one directory (KEYS_DIR, by default DATA_DIR/keys). Created on first start
// in development; production refuses to start without them. In production this directory belongs on a
// KMS/HSM-backed mount outside the database host (docs/keys.md), never beside the data.
import { randomBytes, generateKeyPairSync } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createIssuerKey, IssuerKeyFile, trustEntryOf } from '@core/credential/issuer-key'
import type { IssuerAlg } from '@core/crypto/issuer-signature'
import type { TrustListIssuer } from '@core/credential/trust-list'

export interface Secrets {
  version: 1
  sessionKey: string
  dataKeys: Record<string, string>
  activeDataKey: string
  /** Older files have a single `lookupKey`; it counts as key id "l0". */
  lookupKey?: string
  lookupKeys?: Record<string, string>
  activeLookupKey?: string
}

/** The data and lookup keys of a secrets file, decoded. */
export function dataKeysOf(s: Secrets) {
  const lookup = s.lookupKeys ?? (s.lookupKey ? { l0: s.lookupKey } : {})
  const decode = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([id, k]) => [id, Buffer.from(k, 'base64')]))
  return { active: s.activeDataKey, keys: decode(s.dataKeys), lookupActive: s.activeLookupKey ?? 'l0', lookupKeys: decode(lookup) }
}

export interface KeyRing {
  dir: string
  issuer: IssuerKeyFile
  rules: IssuerKeyFile
  checkpoint: IssuerKeyFile
  secrets: Secrets
  transportPrivatePem: string
  transportPublicPem: string
  /** Public entries to publish: every issuing key still inside its validity, plus the rules and checkpoint keys. */
  trustEntries(): TrustListIssuer[]
}

const FILES = ['issuer.json', 'rules.json', 'checkpoint.json', 'secrets.json', 'transport.pem', 'transport.pub.pem']
/** A key announced for the next rotation (published, not yet used), and retired keys whose codes may still be live. */
export const OPTIONAL = ['issuer-next.json', 'issuer-previous.json']

const random = (n: number) => new Uint8Array(randomBytes(n))

function writeSecret(path: string, text: string) {
  writeFileSync(path, text, { mode: 0o600 })
  chmodSync(path, 0o600)
}

export function missingKeyFiles(dir: string): string[] {
  return FILES.filter(f => !existsSync(join(dir, f)))
}

/**
 * Fresh contents for the key files `wanted` accepts (all of them by default), by file name: what a first
 * start writes to KEYS_DIR, and what the use-case tests keep in memory (keyRingFrom). The transport key
 * pair is made together, under 'transport.pem'.
 */
export function newKeyFiles(region: string, alg: IssuerAlg, now = Date.now(), wanted: (name: string) => boolean = () => true): Record<string, string> {
  const files: Record<string, string> = {}
  const make = (name: string, text: () => string) => { if (wanted(name)) files[name] = text() }
  make('issuer.json', () => JSON.stringify(createIssuerKey(alg, region, random, now), null, 2))
  make('rules.json', () => JSON.stringify(createIssuerKey(alg, region, random, now, { use: 'rules', validityDays: 3650 }), null, 2))
  make('checkpoint.json', () => JSON.stringify(createIssuerKey(alg, region, random, now, { use: 'checkpoint', validityDays: 3650 }), null, 2))
  make('secrets.json', () => {
    const id = 'k' + now.toString(36)
    const s: Secrets = {
      version: 1, sessionKey: randomBytes(32).toString('base64'), dataKeys: { [id]: randomBytes(32).toString('base64') }, activeDataKey: id,
      lookupKeys: { ['l' + now.toString(36)]: randomBytes(32).toString('base64') }, activeLookupKey: 'l' + now.toString(36)
    }
    return JSON.stringify(s, null, 2)
  })
  if (wanted('transport.pem')) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    files['transport.pem'] = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    files['transport.pub.pem'] = publicKey.export({ type: 'spki', format: 'pem' }) as string
  }
  return files
}

/** Creates whichever keys are missing; returns the names it created. */
export function createMissingKeys(dir: string, region: string, alg: IssuerAlg, now = Date.now()): string[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const files = newKeyFiles(region, alg, now, name => !existsSync(join(dir, name)))
  for (const [name, text] of Object.entries(files)) {
    if (name === 'transport.pub.pem') writeFileSync(join(dir, name), text)
    else writeSecret(join(dir, name), text)
  }
  return Object.keys(files)
}

export function loadKeyRing(dir: string): KeyRing {
  const missing = missingKeyFiles(dir)
  if (missing.length) throw new Error(`keys missing in ${dir}: ${missing.join(', ')}`)
  const files: Record<string, string> = {}
  for (const name of [...FILES, ...OPTIONAL]) if (existsSync(join(dir, name))) files[name] = readFileSync(join(dir, name), 'utf8')
  return keyRingFrom(files, dir)
}

/**
 * Keys handed over as one JSON object of file name → content (KEYS_JSON), for a deployed cloud function,
 * which has no lasting disk; the platform's secret store or a KMS fills that variable.
 */
export function keyRingFrom(files: Record<string, string>, dir = '(KEYS_JSON)'): KeyRing {
  const missing = FILES.filter(f => typeof files[f] !== 'string')
  if (missing.length) throw new Error(`keys missing in ${dir}: ${missing.join(', ')}`)
  const json = <T>(name: string) => JSON.parse(files[name]) as T
  const issuer = json<IssuerKeyFile>('issuer.json')
  const rules = json<IssuerKeyFile>('rules.json')
  const checkpoint = json<IssuerKeyFile>('checkpoint.json')
  const previous = files['issuer-previous.json'] ? json<IssuerKeyFile[]>('issuer-previous.json') : []
  const next = files['issuer-next.json'] ? [json<IssuerKeyFile>('issuer-next.json')] : []
  return {
    dir, issuer, rules, checkpoint,
    secrets: json<Secrets>('secrets.json'),
    transportPrivatePem: files['transport.pem'],
    transportPublicPem: files['transport.pub.pem'],
    trustEntries: () => [...previous, issuer, ...next].map(trustEntryOf).concat([trustEntryOf(rules), trustEntryOf(checkpoint)])
  }
}
