// Binding with each ID type: an identity is its (type, number), so the same characters under two types are
// two people; a passport holder binds, is found by (type, number) and a second account trying it gets the
// same 40306 as for an ID card, with the same notice, freeze and counting; the host checks the number by
// its type after decrypting it; the stated particulars are kept sealed and move with an approved recovery.
import { AppError } from '@core/api/app-error'
import { ReturnCode } from '@core/api/return-codes'
import { codeGenerate, consentAccept, healthDeclare } from '@core/api/contract/citizen'
import { schemaAt } from '@core/api/contract/define'
import { identityRecoveryApprove, identityRecoveryEvidence, identityRecoveryRequest } from '@core/api/contract/review'
import { issuesFrom } from '@core/validation/issues'
import type { IdType, Sex } from '@core/declaration/vocabulary'
import { Kit, openKit, type Person } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

interface Document { idType: IdType; idNumber: string; nationality?: string; sex?: Sex; birthDate?: string }

const PASSPORT: Document = { idType: 'passport', idNumber: 'C01X00T47', nationality: 'DEU', sex: 'female', birthDate: '1983-08-12' }

async function consented(): Promise<Person> {
  const person = await kit.signIn()
  await kit.useCases.citizen.acceptConsent.execute(person.actor, kit.input(consentAccept, { version: (await kit.useCases.citizen.getConsent.execute(person.actor)).version }))
  return person
}

/** health-declare's raw input for a first declaration with this document, as the app sends it (number encrypted). */
function declaration(doc: Document, name = 'Erika Mustermann') {
  const { idNumber, ...rest } = doc
  return {
    basic: { name, ...rest, idNumberEncrypted: kit.encryptId(idNumber), householdRegion: '330106', address: '杭州市西湖区文三路 1 号' },
    health: { temperature: 36.5, symptoms: [], conditions: ['none'] }, trips: [], contact: 'none', tests: []
  }
}

async function tryBind(person: Person, doc: Document, name?: string): Promise<AppError | null> {
  try {
    await kit.useCases.citizen.declareHealth.execute(person.actor, kit.input(healthDeclare, declaration(doc, name) as never), 'zh-CN', '198.51.100.7')
    return null
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
}

const shape = (e: AppError | null) => e && { code: e.code, name: e.name_, detail: e.detail, issues: e.issues, message: e.message }
const identityNotices = async (p: Person) => (await kit.useCases.citizen.listNotices.execute(p.actor)).notices.filter(n => n.kind === 'identity')
const holderOf = async (p: Person) => (await kit.useCases.citizen.getHealthInfo.execute(p.actor)).holder

it('the same characters under two types are two identities; an older form of a permit is the same one', async () => {
  const [permitHolder, passportHolder, other] = [await consented(), await consented(), await consented()]
  expect(await tryBind(permitHolder, { idType: 'hk-macao-permit', idNumber: 'H12345678', sex: 'male', birthDate: '1975-03-09' })).toBeNull()
  expect(await tryBind(passportHolder, { idType: 'passport', idNumber: 'H12345678', nationality: 'GBR', sex: 'male', birthDate: '1975-03-09' })).toBeNull()
  expect(await holderOf(permitHolder)).toMatchObject({ id: 'H******78' })
  expect(await holderOf(passportHolder)).toMatchObject({ id: 'H******78' })
  expect(await identityNotices(permitHolder)).toHaveLength(0)
  expect(await kit.rows<{ id_type: string }>('select id_type from citizens order by id_type')).toEqual([{ id_type: 'hk-macao-permit' }, { id_type: 'passport' }])

  // The permit printed with its renewal count is the same permit: someone else trying it needs an in-person check.
  expect(await tryBind(other, { idType: 'hk-macao-permit', idNumber: 'H1234567802', sex: 'male', birthDate: '1975-03-09' })).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
  expect(await identityNotices(permitHolder)).toHaveLength(1)
  expect(await identityNotices(passportHolder)).toHaveLength(0)
})

it('a passport holder binds, is looked up by (type, number), and a second account trying it gets the ID card\'s 40306', async () => {
  const holder = await consented()
  expect(await tryBind(holder, PASSPORT)).toBeNull()
  expect(await holderOf(holder)).toMatchObject({ name: 'E*', id: 'C******47' })

  // At rest: sealed and hashed; the particulars sealed beside it; the number in no column in clear.
  const [row] = await kit.rows<{ id_type: string; id_enc: string; id_ends: string; particulars_enc: string }>('select id_type, id_enc, id_ends, particulars_enc from citizens')
  expect(row).toMatchObject({ id_type: 'passport', id_ends: 'C******47' })
  expect(JSON.parse(kit.c.pii.open(row.particulars_enc))).toEqual({ nationality: 'DEU', sex: 'female', birthDate: '1983-08-12' })
  expect(kit.c.pii.open(row.id_enc)).toBe('passport:DEU:C01X00T47')
  for (const t of await kit.rows<{ name: string }>("select name from sqlite_master where type = 'table'")) {
    expect(JSON.stringify(await kit.rows(`select * from ${t.name}`))).not.toContain('C01X00T47')
  }

  // The code carries the passport's mask and type.
  const device = kit.device()
  const code = await kit.useCases.citizen.generateCode.execute(holder.actor, kit.input(codeGenerate, { devicePublicKey: device.publicKeyBase64, bind: true }))
  expect((await kit.verifyShown(code.credential, device)).claims).toMatchObject({ id: 'C******47', idType: 'passport', name: 'E*' })

  // The same passport typed another way by another account: one answer, the ID card's, and the owner is told.
  const idCardOwner = await kit.citizen({ device: false })
  const cardConflict = await tryBind(await consented(), { idType: 'resident-id', idNumber: idCardOwner.idNumber }, '张三')
  const intruder = await consented()
  const conflict = await tryBind(intruder, { ...PASSPORT, idNumber: ' c01x00t47 ' }, 'Max Mustermann')
  expect(conflict).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
  expect(shape(conflict)).toEqual(shape(cardConflict))
  expect(await identityNotices(holder)).toHaveLength(1)
  expect((await kit.useCases.citizen.getHealthInfo.execute(intruder.actor)).bound).toBe(false)
  // Frozen, as for an ID card: the intruder's own passport does not bind now.
  expect(shape(await tryBind(intruder, { ...PASSPORT, idNumber: 'C01X00T48' }))).toEqual(shape(cardConflict))
})

it('2 distinct identities per account counts (type, number): a third is refused unseen, an older form of one tried is not new', async () => {
  const permitOwner = await consented()
  const passportOwner = await consented()
  const strangerOwner = await consented()
  const person = { sex: 'male', birthDate: '1975-03-09' } as const
  expect(await tryBind(permitOwner, { idType: 'hk-macao-permit', idNumber: 'M12345678', ...person })).toBeNull()
  expect(await tryBind(passportOwner, { idType: 'passport', idNumber: 'M12345678', nationality: 'PRT', ...person })).toBeNull()
  expect(await tryBind(strangerOwner, { idType: 'passport', idNumber: 'M12345678', nationality: 'USA', ...person })).toBeNull()

  const a = await consented()
  const first = await tryBind(a, { idType: 'hk-macao-permit', idNumber: 'M12345678', ...person })
  expect(first).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
  expect(shape(await tryBind(a, { idType: 'passport', idNumber: 'M12345678', nationality: 'PRT', ...person }))).toEqual(shape(first))
  expect(shape(await tryBind(a, { idType: 'hk-macao-permit', idNumber: 'M1234567801', ...person }))).toEqual(shape(first))
  expect(shape(await tryBind(a, { idType: 'passport', idNumber: 'M12345678', nationality: 'USA', ...person }))).toEqual(shape(first))
  expect((await identityNotices(permitOwner)).length).toBe(1)
  expect((await identityNotices(passportOwner)).length).toBe(1)
  expect(await identityNotices(strangerOwner)).toHaveLength(0)
  const tried = await kit.rows<{ id_type: string; id_ends: string }>(`select id_type, id_ends from identity_attempts where account_id = '${a.actor.accountId}' order by id_type`)
  expect(tried).toEqual([{ id_type: 'hk-macao-permit', id_ends: 'M******78' }, { id_type: 'passport', id_ends: 'M******78' }])
})

it('the host checks the decrypted number by its type and the particulars against it, field by field', async () => {
  const p = await consented()
  expect(await tryBind(p, { ...PASSPORT, nationality: 'CHN', idNumber: 'P1234567' })).toMatchObject({
    code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.idNumber', code: 'passport_chn_format', message: '中国普通护照号码为E或G开头的9位，如E12345678；港澳台居民请选择通行证或居住证' }]
  })
  expect(await tryBind(p, { idType: 'foreign-permanent-resident', idNumber: '911840199001010018', sex: 'female', birthDate: '1990-01-02' })).toMatchObject({
    code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.birthDate', code: 'birth_date_mismatch' }, { path: 'basic.sex', code: 'sex_mismatch' }]
  })
  expect(await tryBind(p, { idType: 'taiwan-permit', idNumber: '1234567', sex: 'female', birthDate: '1990-01-02' })).toMatchObject({
    issues: [{ path: 'basic.idNumber', code: 'taiwan_permit_format' }]
  })
  // Field errors are not tries.
  expect(await kit.rows('select id from identity_attempts')).toEqual([])
  expect(await tryBind(p, { idType: 'foreign-permanent-resident', idNumber: '911840199001010018', sex: 'male', birthDate: '1990-01-01' })).toBeNull()
  expect(await holderOf(p)).toMatchObject({ id: '91**************18' })
})

it('the contract refuses missing particulars, particulars the type does not take, and unknown fields', () => {
  const parse = (basic: Record<string, unknown>) => {
    const raw = declaration(PASSPORT)
    const r = schemaAt(healthDeclare.input, kit.clock.now()).safeParse({ ...raw, basic: { ...raw.basic, ...basic } })
    return r.success ? [] : issuesFrom(r.error).map(i => `${i.path}:${i.code}`)
  }
  expect(parse({})).toEqual([])
  expect(parse({ nationality: undefined })).toEqual(['basic.nationality:required'])
  expect(parse({ nationality: 'ZZZ', birthDate: '2099-01-01' })).toEqual(['basic.nationality:nationality', 'basic.birthDate:future_date'])
  expect(parse({ idType: 'resident-id' })).toEqual(['basic.nationality:not_for_id_type', 'basic.sex:not_for_id_type', 'basic.birthDate:not_for_id_type'])
  expect(parse({ idType: 'driving-licence' })).toEqual(['basic.idType:invalid_value'])
  expect(parse({ placeOfBirth: 'Berlin' })).toEqual(['basic.placeOfBirth:unknown_field'])
})

it('an approved recovery moves a passport identity with its particulars; the auditor sees its type and mask only', async () => {
  const owner = await consented()
  expect(await tryBind(owner, PASSPORT)).toBeNull()
  const claimant = await consented()
  expect(await tryBind(claimant, PASSPORT, 'Erika Muster')).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
  const [auditor1, auditor2] = [await kit.staff('auditor'), await kit.staff('auditor')]
  const item = (await kit.useCases.review.getReviewQueue.execute(auditor1.actor)).recoveries[0]
  const evidence = await kit.useCases.review.getRecoveryEvidence.execute(auditor1.actor, kit.input(identityRecoveryEvidence, { recoveryId: item.id }))
  expect(evidence.attempts).toEqual([expect.objectContaining({ idType: 'passport', idMasked: 'C******47', nameMasked: 'E*', outcome: 'conflict' })])
  expect(JSON.stringify(evidence)).not.toContain('C01X00T47')
  await kit.useCases.review.requestIdentityRecovery.execute(auditor1.actor,
    kit.input(identityRecoveryRequest, { recoveryId: item.id, attemptId: evidence.attempts[0].id, note: '当面查验护照原件，号码一致' }))
  await kit.useCases.review.approveIdentityRecovery.execute(auditor2.actor, kit.input(identityRecoveryApprove, { recoveryId: item.id }))
  expect(await holderOf(claimant)).toMatchObject({ id: 'C******47' })
  const [row] = await kit.rows<{ account_id: string; id_type: string; particulars_enc: string }>('select account_id, id_type, particulars_enc from citizens')
  expect(row).toMatchObject({ account_id: claimant.actor.accountId, id_type: 'passport' })
  expect(JSON.parse(kit.c.pii.open(row.particulars_enc))).toEqual({ nationality: 'DEU', sex: 'female', birthDate: '1983-08-12' })
  expect(await kit.rows('select id from identity_attempts where particulars_enc is not null')).toEqual([])
})
