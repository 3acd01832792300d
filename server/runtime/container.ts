// The composition root: one set of adapters per process, built lazily from the configuration, shared by
// every function the process hosts. Use cases get their ports from here and nothing else.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { loadConfig, Config } from './config'
import { openDatabase } from '../adapters/db/database'
import type { Database } from '../adapters/db/schema'
import { KyselyStore } from '../adapters/db/kysely-store'
import { dataKeysOf, keyRingFrom, loadKeyRing, KeyRing } from '../adapters/keys/key-ring'
import { AesGcmProtector } from '../adapters/crypto/aes-gcm-protector'
import { HmacSessionTokens } from '../adapters/crypto/hmac-session-tokens'
import { ConsoleSms } from '../adapters/sms/console-sms'
import { NoSms, WebhookSms } from '../adapters/sms/webhook-sms'
import { systemClock } from '../adapters/clock/system-clock'
import type { Clock } from '../ports/clock'
import type { PiiProtector } from '../ports/pii-protector'
import type { SessionTokens } from '../ports/session-tokens'
import type { SmsSender } from '../ports/sms-sender'
import type { Store } from '../ports/store'
import type { RuleSource } from '../ports/rule-source'
import type { IdDecrypter } from '../ports/id-decrypter'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import { fromBase64 } from '@core/encoding/bytes'
import { PublishedRuleSource } from '../adapters/rules/published-rule-source'
import { RsaIdDecrypter } from '../adapters/crypto/rsa-id-decrypter'
import { nativeSignerOf } from '../adapters/keys/native-signer'
import { nativePseudonyms } from '../adapters/crypto/native-pseudonyms'
import { IssueCounter } from './issue-counter'
import type { Notifier } from '../ports/notifier'
import { JobRunner } from './job-runner'
import { notifierFor } from './notifier-config'

export interface Container {
  config: Config
  db: Kysely<Database>
  store: Store
  keys: KeyRing
  pii: PiiProtector & { replaceKeys?: AesGcmProtector['replaceKeys'] }
  tokens: SessionTokens
  sms: SmsSender & { recent?: ConsoleSms['recent'] }
  clock: Clock
  rules: RuleSource
  ids: IdDecrypter
  signer: IssuerSigner
  pseudonymKey: Uint8Array
  /** The region's holder pseudonym of an account. */
  pseudonymOf: (accountId: string) => Uint8Array
  issued: IssueCounter
  notifier: Notifier | undefined
  jobs: JobRunner
  close(): Promise<void>
}

export async function createContainer(config: Config = loadConfig(), clock: Clock = systemClock): Promise<Container> {
  if (process.env.HEALTHCODE_RUNTIME && !config.databaseUrl) {
    throw new Error('DATABASE_URL is required on a cloud platform: a cloud function has no lasting disk for SQLite')
  }
  if (!process.env.HEALTHCODE_RUNTIME) mkdirSync(config.dataDir, { recursive: true })
  const keys = process.env.KEYS_JSON ? keyRingFrom(JSON.parse(process.env.KEYS_JSON)) : loadKeyRing(config.keysDir)
  const db = await openDatabase({
    sqlitePath: join(config.dataDir, 'healthcode.db'), databaseUrl: config.databaseUrl, pgSchema: config.pgSchema,
    applicationName: config.pgApplicationName, poolSize: config.pgPoolSize, sqliteMaxPageCount: config.sqliteMaxPageCount
  })
  return composeContainer({ config, keys, db, clock })
}

/** What a process chooses for itself; every other port of the container follows from these. */
export interface ContainerParts {
  config: Config
  keys: KeyRing
  /** An open, migrated store (openDatabase). */
  db: Kysely<Database>
  clock: Clock
  /** By default from the configuration: the SMS webhook, none in production, else the development outbox. */
  sms?: Container['sms']
  /** By default from the environment: WeChat subscribe messages when configured, else none. */
  notifier?: Notifier
}

/**
 * The adapters on top of an open store and a key ring. The host and a deployed function get here through
 * createContainer; the use-case tests (test/support/usecase-kit.ts) come here directly with SQLite in
 * memory, keys made in memory, their own clock and a recording SMS sender, so they run this same wiring.
 */
export function composeContainer({ config, keys, db, clock, sms, notifier }: ContainerParts): Container {
  const s = keys.secrets
  const pii = new AesGcmProtector(dataKeysOf(s))
  const store = new KyselyStore(db, clock)
  const issued = new IssueCounter(store.counters, clock)
  const c: Container = {
    config, db, keys, pii, clock, issued,
    store,
    tokens: new HmacSessionTokens(Buffer.from(s.sessionKey, 'base64')),
    sms: sms ?? (process.env.SMS_WEBHOOK_URL ? new WebhookSms(process.env.SMS_WEBHOOK_URL, process.env.SMS_WEBHOOK_TOKEN)
      : config.env === 'production' ? new NoSms() : new ConsoleSms(join(config.dataDir, 'dev-sms-outbox.jsonl'))),
    rules: new PublishedRuleSource(),
    ids: new RsaIdDecrypter(keys.transportPrivatePem),
    signer: nativeSignerOf(keys.issuer),
    pseudonymKey: fromBase64(keys.issuer.pseudonymKey),
    pseudonymOf: nativePseudonyms(fromBase64(keys.issuer.pseudonymKey)),
    notifier: notifier ?? notifierFor(store, pii),
    jobs: undefined as unknown as JobRunner,
    close: async () => { await c.jobs.idle(); issued.stop(); await issued.flush().catch(() => undefined); await db.destroy() }
  }
  c.jobs = new JobRunner(c)
  return c
}

let shared: Promise<Container> | null = null

/** The process-wide container (the host sets it at start; a deployed cloud function builds it on first call). */
export function getContainer(): Promise<Container> {
  if (!shared) shared = createContainer()
  return shared
}

export function setContainer(container: Container): void {
  shared = Promise.resolve(container)
}
