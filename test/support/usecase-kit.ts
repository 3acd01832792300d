// Use cases without a host: the real store (SQLite in memory through openDatabase, migrations and
// KyselyStore), the real crypto adapters on keys made in memory, and the production wiring itself
// (composeContainer → new UseCases(container)). Only the true edges are replaced: the SMS gateway
// records the codes it would send, the platform notifier records what it would push, and the clock
// is the test's. Builders make what tests need by calling the real use cases, never by writing rows.
//
//   let kit: Kit
//   beforeEach(async () => { kit = await openKit() })
//   afterEach(() => kit.close())
//   const person = await kit.citizen({ trips: [kit.trip('420106', -3, -2)] })
import { constants, publicEncrypt, randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { DeclarationResult, CodeResult } from '@core/api/contract/citizen'
import { codeGenerate, consentAccept, healthDeclare } from '@core/api/contract/citizen'
import { schemaAt, type FunctionContract, type InputOf, type ParsedInputOf } from '@core/api/contract/define'
import type { ImportPreview, ImportSource, ImportView } from '@core/api/contract/imports'
import { importApprove, importPreview, importUpload } from '@core/api/contract/imports'
import { pointCreate } from '@core/api/contract/points'
import { staffApprove, staffCreate, type StaffRole } from '@core/api/contract/staff'
import { authOtpRequest, authOtpVerify } from '@core/api/contract/auth'
import { presentCredential } from '@core/credential/present'
import { verify } from '@core/credential/verify'
import { generateDeviceKey } from '@core/crypto/device-key'
import { chinaDate } from '@core/declaration/schema'
import { toBase64 } from '@core/encoding/bytes'
import { idCheckCharacter } from '@core/identity/id-number'
import { openDatabase } from '../../server/adapters/db/database'
import { keyRingFrom, newKeyFiles } from '../../server/adapters/keys/key-ring'
import { setLogSink } from '../../server/kernel/log'
import type { Notifier } from '../../server/ports/notifier'
import type { SmsSender } from '../../server/ports/sms-sender'
import type { Clock } from '../../server/ports/clock'
import { loadConfig } from '../../server/runtime/config'
import { composeContainer, type Container } from '../../server/runtime/container'
import { actorFromSession } from '../../server/runtime/identity'
import { UseCases } from '../../server/runtime/use-cases'
import { currentTrustList } from '../../server/usecases/credential/trust-list'
import { CreateFirstAdmin } from '../../server/usecases/staff/create-first-admin'
import { CreateStaffOnHost } from '../../server/usecases/staff/create-staff-on-host'
import type { Actor } from '../../server/usecases/actor'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** Every kit starts at this instant (10:00 in China, give or take a few ms), so dates and ages in tests never depend on the day they run. */
export const START = Date.parse('2026-03-02T10:00:00+08:00')

export class TestClock implements Clock {
  constructor(private t: number = START) {}
  now(): number { return this.t }
  advance(ms: number): number { this.t += ms; return this.t }
}

/** The SMS gateway's place: remembers each code instead of sending it. */
export class RecordingSms implements SmsSender {
  readonly sent: { phone: string; code: string; ttlSeconds: number }[] = []
  async sendOtp(phone: string, code: string, ttlSeconds: number): Promise<void> { this.sent.push({ phone, code, ttlSeconds }) }
  latest(phone: string): string {
    const hit = [...this.sent].reverse().find(s => s.phone === phone)
    if (!hit) throw new Error(`no code was sent to ${phone}`)
    return hit.code
  }
}

/** The WeChat subscribe messages' place: remembers each status change a job would push. */
export class RecordingNotifier implements Notifier {
  readonly changes: { accountId: string; from: string | null; to: string }[] = []
  async statusChanged(accountId: string, change: { from: string | null; to: string }): Promise<void> {
    this.changes.push({ accountId, from: change.from, to: change.to })
  }
}

/** A signed-in person: the actor define-function would resolve from their session. */
export interface Person {
  actor: Actor
  phone: string
  token: string
}

export interface Device {
  privateKey: Uint8Array
  publicKey: Uint8Array
  publicKeyBase64: string
}

export interface Citizen extends Person {
  idNumber: string
  name: string
  declared: DeclarationResult
  /** Present unless built with `device: false`: the bound phone and its first code. */
  device: Device | null
  code: CodeResult | null
}

export interface CitizenOptions {
  phone?: string
  name?: string
  idNumber?: string
  trips?: { region: string; from: string; to: string }[]
  health?: { temperature: number; symptoms: string[]; conditions: string[] }
  contact?: 'none' | 'close' | 'secondary'
  /** Bind a phone and fetch a code after declaring (default true). */
  device?: boolean
}

const random = (n: number) => new Uint8Array(randomBytes(n))

// Key files are made once per test file (jest loads this module afresh for each): the RSA transport key
// alone takes a good part of a second to generate. Every kit still gets its own empty store.
let keyFiles: Record<string, string> | null = null
// Each kit's clock starts a millisecond after the previous kit's. The signed revocation list is cached per
// process and keyed by its newest entry's time and the number of entries (server/usecases/credential/
// revocation-list.ts): two tests with the same timeline would otherwise be served each other's list.
let kitsOpened = 0

export class Kit {
  readonly useCases: UseCases
  /** Log lines the server code wrote (errors of background jobs end up here, not on the console). */
  readonly logs: string[] = []
  private phones = 0
  private ids = 0
  private ips = 0
  private firstAdmin: Person | null = null
  private admin2: Person | null = null
  private point: string | null = null

  constructor(readonly c: Container, readonly clock: TestClock, readonly sms: RecordingSms, readonly notifier: RecordingNotifier) {
    this.useCases = new UseCases(c)
  }

  get region(): string { return this.c.config.region.code }

  /** The input as the function would hand it over: parsed by the contract's schema at the kit's clock (defaults applied). Throws on invalid input. */
  input<C extends FunctionContract>(contract: C, raw: InputOf<C>): ParsedInputOf<C> {
    return schemaAt(contract.input, this.clock.now()).parse(raw) as ParsedInputOf<C>
  }

  /** The China date `offsetDays` from the kit's clock (YYYY-MM-DD). */
  today(offsetDays = 0): string {
    return chinaDate(this.clock.now() + offsetDays * DAY)
  }

  trip(region: string, fromDays: number, toDays: number) {
    return { region, from: this.today(fromDays), to: this.today(toDays) }
  }

  nextPhone(): string {
    return `139${String(10_000_000 + ++this.phones).slice(-8)}`
  }

  /** A valid resident ID number (GB 11643 check digit), different on every call. */
  nextIdNumber(region = '330106', birth = '19880808'): string {
    const first17 = region + birth + String(100 + ++this.ids).slice(-3)
    return first17 + idCheckCharacter(first17)
  }

  /** As the app sends it: RSA-OAEP-256 under the transport key's public half. */
  encryptId(id: string): string {
    return publicEncrypt({ key: this.c.keys.transportPublicPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(id)).toString('base64')
  }

  /** The pseudonym auditors name a person by (MaskedPerson.holder). */
  holderOf(person: Person): string {
    return toBase64(this.c.pseudonymOf(person.actor.accountId), true)
  }

  device(): Device {
    const key = generateDeviceKey(random)
    return { ...key, publicKeyBase64: toBase64(key.publicKey) }
  }

  // ── people ──────────────────────────────────────────────────────────────────────────────────────

  /** Phone sign-in as the app does it (code sent, code verified), then the caller resolved from the session. */
  async signIn(phone = this.nextPhone()): Promise<Person> {
    const { auth } = this.useCases
    await auth.requestOtp.execute(this.input(authOtpRequest, { phone }), `192.0.2.${++this.ips % 250}`)
    const session = await auth.verifyOtp.execute(this.input(authOtpVerify, { phone, code: this.sms.latest(phone) }), 'h5')
    return { actor: await this.actorOf(session.token), phone, token: session.token }
  }

  /** The caller define-function resolves from a session token (roles as of now). */
  async actorOf(token: string): Promise<Actor> {
    const actor = await actorFromSession(this.c, `Bearer ${token}`, 'h5')
    if (!actor) throw new Error('no actor for this session')
    return actor
  }

  /** A declaration's input: healthy, no trips, no contact unless told otherwise. */
  declaration(options: Pick<CitizenOptions, 'trips' | 'health' | 'contact'> & { basic?: { name: string; idNumber: string } } = {}) {
    const basic = options.basic && {
      name: options.basic.name, idType: 'resident-id' as const, idNumberEncrypted: this.encryptId(options.basic.idNumber),
      householdRegion: '330106', address: '杭州市西湖区文三路 1 号'
    }
    return this.input(healthDeclare, {
      ...(basic ? { basic } : {}),
      health: options.health ?? { temperature: 36.5, symptoms: [], conditions: ['none'] },
      trips: options.trips ?? [],
      contact: options.contact ?? 'none',
      tests: []
    } as InputOf<typeof healthDeclare>)
  }

  /** Signed in, consented, declared once (binding the name and ID number) and, by default, holding a code on a bound phone. */
  async citizen(options: CitizenOptions = {}): Promise<Citizen> {
    const person = await this.signIn(options.phone)
    const { citizen } = this.useCases
    const consent = await citizen.getConsent.execute(person.actor)
    await citizen.acceptConsent.execute(person.actor, this.input(consentAccept, { version: consent.version }))
    const name = options.name ?? '王小明'
    const idNumber = options.idNumber ?? this.nextIdNumber()
    const declared = await citizen.declareHealth.execute(person.actor, this.declaration({ ...options, basic: { name, idNumber } }), 'zh-CN')
    let device: Device | null = null
    let code: CodeResult | null = null
    if (options.device !== false) {
      device = this.device()
      code = await citizen.generateCode.execute(person.actor, this.input(codeGenerate, { devicePublicKey: device.publicKeyBase64, bind: true }))
    }
    return { ...person, idNumber, name, declared, device, code }
  }

  /** The region's first admin, made as `healthcode admin create` makes it, then signed in. */
  async admin(): Promise<Person> {
    if (!this.firstAdmin) this.firstAdmin = await this.founder('管理员一')
    return this.firstAdmin
  }

  /** The second founding admin (dual control), made by the operator like the first: the two are independent. */
  async secondAdmin(): Promise<Person> {
    await this.admin()
    if (!this.admin2) this.admin2 = await this.founder('管理员二')
    return this.admin2
  }

  private async founder(displayName: string): Promise<Person> {
    const phone = this.nextPhone()
    await new CreateFirstAdmin({ store: this.c.store, pii: this.c.pii, clock: this.clock })
      .execute({ region: this.region, regionName: this.c.config.region.name, phone, displayName }, 'usecase-kit')
    return this.signIn(phone)
  }

  /**
   * A working staff member of the region, made as the demo seed makes them: by the operator on the host,
   * active at once, so any two of them are independent under dual control. A verifier is placed at a
   * collection point. For the app's way (an admin asks, a second admin approves) see `staffInApp`.
   */
  async staff(role: StaffRole, displayName = `${role} ${this.phones + 1}`): Promise<Person> {
    const pointId = role === 'verifier' ? await this.collectionPoint() : null
    const phone = this.nextPhone()
    await new CreateStaffOnHost({ store: this.c.store, pii: this.c.pii, clock: this.clock })
      .execute({ region: this.region, regionName: this.c.config.region.name, phone, displayName, role, pointId }, 'usecase-kit')
    return this.signIn(phone)
  }

  /** A staff member created in the app by `by` (the first admin by default), approved by `approvedBy` unless null (then still pending). */
  async staffInApp(role: StaffRole, options: { by?: Person; approvedBy?: Person | null; displayName?: string } = {}): Promise<Person> {
    const by = options.by ?? await this.admin()
    const pointId = role === 'verifier' ? await this.collectionPoint() : null
    const phone = this.nextPhone()
    const made = await this.useCases.staff.createStaff.execute(by.actor, this.input(staffCreate, { phone, displayName: options.displayName ?? `${role} ${this.phones}`, role, pointId }))
    const approver = options.approvedBy === undefined ? await this.secondAdmin() : options.approvedBy
    if (approver && made.request) await this.useCases.staff.approveStaff.execute(approver.actor, this.input(staffApprove, { requestId: made.request.requestId }))
    return this.signIn(phone)
  }

  async collectionPoint(): Promise<string> {
    if (!this.point) {
      const admin = await this.admin()
      this.point = (await this.useCases.points.createPoint.execute(admin.actor, this.input(pointCreate, { name: '文三路核酸采集点', address: '杭州市西湖区文三路 100 号', kind: 'collection' }))).id
    }
    return this.point
  }

  // ── imports ─────────────────────────────────────────────────────────────────────────────────────

  /** Uploads a file (lines of CSV) as `by` (the first admin by default) and waits until its rows are checked and previewed; the import as the uploader sees it. */
  async upload(source: ImportSource, lines: string[], options: { by?: Person; fileName?: string } = {}): Promise<{ import: ImportView; duplicate: boolean }> {
    const by = options.by ?? await this.admin()
    const up = await this.useCases.imports.uploadImport.execute(by.actor, this.input(importUpload, {
      source, fileName: options.fileName ?? `${source}.csv`, contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64')
    }))
    return { import: await this.settledImport(up.import.id, by), duplicate: up.duplicate }
  }

  /** The match preview as a deciding admin reads it (the second admin by default; the reading is logged). */
  async preview(importId: string, by?: Person): Promise<ImportPreview> {
    const reader = by ?? await this.secondAdmin()
    return (await this.useCases.imports.getImportPreview.execute(reader.actor, this.input(importPreview, { importId }))).preview
  }

  /** Approves as the second admin (by default) and waits for the re-audit it starts; the import as the approver sees it. */
  async approve(importId: string, by?: Person): Promise<ImportView> {
    const approver = by ?? await this.secondAdmin()
    await this.useCases.imports.approveImport.execute(approver.actor, this.input(importApprove, { importId }))
    await this.c.jobs.idle()
    return this.importView(importId, approver)
  }

  /** A risk area in force, the way a region gets one: uploaded by one admin, approved by another. */
  async riskArea(regionCode: string, level: 'high' | 'medium' | 'low', fromDays = -10, toDays = 10): Promise<ImportView> {
    const up = await this.upload('risk-areas', ['region_code,level,from,to', `${regionCode},${level},${this.today(fromDays)},${this.today(toDays)}`], { fileName: `areas-${regionCode}-${level}.csv` })
    return this.approve(up.import.id)
  }

  /** The import as `by` (the first admin by default) sees it in import-detail. */
  async importView(importId: string, by?: Person): Promise<ImportView> {
    return this.useCases.imports.getImport.execute((by ?? await this.admin()).actor, { importId })
  }

  /**
   * Uploads are read and checked in the background, and the match preview is computed after that: wait
   * until this one has left 'processing' and, if it waits for a decision, has its preview.
   */
  async settledImport(importId: string, by?: Person): Promise<ImportView> {
    for (let i = 0; i < 2000; i++) {
      const imp = await this.c.store.imports.find(importId)
      if (imp && imp.state !== 'processing' && (imp.state !== 'preview' || imp.preview)) return this.importView(importId, by)
      await new Promise(r => setImmediate(r))
    }
    throw new Error(`import ${importId} is still processing`)
  }

  // ── codes ───────────────────────────────────────────────────────────────────────────────────────

  /** What a verifier does offline with a shown code: present it with the phone's key, check it against the trust list now published. */
  async verifyShown(credential: string, device: Device) {
    const trust = await currentTrustList(this.useCases.verifier.trustList)
    const now = this.clock.now()
    return verify(presentCredential(credential, device.privateKey, now / 1000), trust, now)
  }

  // ── the store, read directly ────────────────────────────────────────────────────────────────────

  async rows<T = Record<string, unknown>>(query: string): Promise<T[]> {
    return (await sql.raw<T>(query).execute(this.c.db)).rows
  }

  /** Every row of every table, as text: to show that a refused call wrote nothing. */
  async dump(): Promise<string> {
    const tables = await this.rows<{ name: string }>("select name from sqlite_master where type = 'table' order by name")
    const parts: string[] = []
    for (const t of tables) parts.push(`${t.name}: ${JSON.stringify(await this.rows(`select * from "${t.name}"`))}`)
    return parts.join('\n')
  }

  /** Set by a test that provokes a logged error on purpose; otherwise close() fails on one. */
  expectLoggedErrors = false

  /** Waits for uploads and jobs still running, closes the store, and fails if server code logged an error. */
  async close(): Promise<void> {
    for (const imp of await this.rows<{ id: string }>("select id from imports where state = 'processing' or (state = 'preview' and preview_json is null)")) await this.settledImport(imp.id).catch(() => undefined)
    await this.c.close()
    const errors = this.logs.filter(l => l.includes('"level":"error"'))
    if (errors.length && !this.expectLoggedErrors) throw new Error(`server code logged errors (a background job or upload failed?):\n${errors.join('\n')}`)
  }
}

/** A fresh store and container for one test. */
export async function openKit(): Promise<Kit> {
  const clock = new TestClock(START + kitsOpened++)
  // The test hosts' configuration (not this process's environment); nothing is written to DATA_DIR.
  const env: Record<string, string> = { NODE_ENV: 'development', DEMO: '0', DATA_DIR: join(tmpdir(), 'hc-usecase-kit-unused'), REGION_CODE: '330100', REGION_NAME: '杭州市' }
  const base = loadConfig(env as NodeJS.ProcessEnv)
  // As the test hosts run: no wait before another sign-in code.
  const config = { ...base, otp: { ...base.otp, resendSeconds: 0 } }
  keyFiles ??= newKeyFiles(config.region.code, config.issuerAlg, START - DAY)
  const keys = keyRingFrom(keyFiles, '(in memory)')
  const db = await openDatabase({ sqlitePath: ':memory:' })
  const sms = new RecordingSms()
  const notifier = new RecordingNotifier()
  const c = composeContainer({ config, keys, db, clock, sms, notifier })
  // What bootstrap does on every start, besides keys and migrations.
  await c.store.regions.ensure(config.region, clock.now())
  const kit = new Kit(c, clock, sms, notifier)
  setLogSink(line => { kit.logs.push(line) })
  return kit
}
