// Each ID type's own check, with valid and invalid samples: formats, check characters, birth dates, the
// older forms of the travel permits (which name the same person as the current form), agreement with the
// stated birth date and sex where the number carries them, and which particulars each type asks for.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkId, idLookupKey, particularIssues } from '@core/identity/id-types'
import { ID_ISSUE_MESSAGES } from '@core/identity/id-issue-messages'
import { idCheckCharacter } from '@core/identity/id-number'
import { issueMessage } from '@core/api/messages'
import { ID_TYPES, type IdType } from '@core/declaration/vocabulary'
import type { IdParticulars } from '@core/identity/id-issue'

const TODAY = '2026-11-27'
const withCheck = (first17: string) => first17 + idCheckCharacter(first17)
/** The issue codes of a typed document, as `field:code`; [] when it is accepted. */
const issues = (type: IdType, raw: string, p: IdParticulars = {}) => checkId(type, raw, p, TODAY).issues.map((i) => `${i.field}:${i.code}`)
const normal = (type: IdType, raw: string, p: IdParticulars = {}) => checkId(type, raw, p, TODAY).number

const PERSON = { sex: 'male', birthDate: '1990-01-01' } as const

describe('居民身份证 (GB 11643)', () => {
  it('accepts a valid number, X as the check character included, and takes nothing else', () => {
    expect(issues('resident-id', '11010519491231002X')).toEqual([])
    expect(issues('resident-id', ' 11010519491231002x ')).toEqual([])
    expect(normal('resident-id', '11010519491231002x')).toBe('11010519491231002X')
  })

  it('refuses a wrong check character, a date that does not exist, a birth after today, a short number', () => {
    expect(issues('resident-id', '110105194912310021')).toEqual(['idNumber:id_check_digit'])
    expect(issues('resident-id', withCheck('11010519490230002'))).toEqual(['idNumber:id_birth_date'])
    expect(issues('resident-id', withCheck('11010520270101002'))).toEqual(['idNumber:id_birth_in_future'])
    expect(issues('resident-id', '11010519491231002')).toEqual(['idNumber:id_format'])
    expect(issues('resident-id', '11010519491231002X', { sex: 'male' })).toEqual(['sex:not_for_id_type'])
  })
})

describe('护照 (ICAO 9303)', () => {
  const usa = { ...PERSON, nationality: 'USA' }
  const chn = { ...PERSON, nationality: 'CHN' }

  it('accepts 5 to 17 letters and digits of any nation, uppercased, without spaces or fillers', () => {
    for (const n of ['P1234567', 'X0000001', '12345', 'AB1234567890CDEFG']) expect(issues('passport', n, usa)).toEqual([])
    expect(normal('passport', ' ab 12345<< ', usa)).toBe('AB12345')
    expect(normal('passport', 'Ｅ１２３４５６７８', chn)).toBe('E12345678')
  })

  it('refuses what is not a passport number', () => {
    for (const n of ['1234', 'AB1234567890CDEFGH', 'E1234-678', '护照123456']) expect(issues('passport', n, usa)).toEqual(['idNumber:passport_format'])
  })

  it('a Chinese ordinary passport: E + 8 digits, E + a letter (not I or O) + 7 digits, or G + 8 digits', () => {
    for (const n of ['E12345678', 'EA1234567', 'EZ7654321', 'G12345678']) expect(issues('passport', n, chn)).toEqual([])
    for (const n of ['EI1234567', 'EO1234567', 'P1234567', 'K12345678', 'E1234567']) expect(issues('passport', n, chn)).toEqual(['idNumber:passport_chn_format'])
  })

  it('asks for nationality (a listed ISO 3166-1 code, never a region of China), sex and birth date', () => {
    expect(issues('passport', 'P1234567')).toEqual(['nationality:required', 'sex:required', 'birthDate:required'])
    expect(issues('passport', 'P1234567', { ...usa, nationality: 'XYZ' })).toEqual(['nationality:nationality'])
    expect(issues('passport', 'P1234567', { ...usa, nationality: 'TWN' })).toEqual(['nationality:nationality'])
    expect(issues('passport', 'P1234567', { ...usa, birthDate: '1990-02-30' })).toEqual(['birthDate:birth_date'])
    expect(issues('passport', 'P1234567', { ...usa, birthDate: '1899-12-31' })).toEqual(['birthDate:birth_date'])
    expect(issues('passport', 'P1234567', { ...usa, birthDate: '2026-11-28' })).toEqual(['birthDate:future_date'])
  })
})

describe('港澳居民来往内地通行证', () => {
  it('H or M and 8 digits; the older form with two renewal digits names the same holder', () => {
    for (const n of ['H12345678', 'M87654321', 'h12345678', 'H1234567801']) expect(issues('hk-macao-permit', n, PERSON)).toEqual([])
    expect(normal('hk-macao-permit', 'H1234567801')).toBe('H12345678')
    expect(idLookupKey('hk-macao-permit', normal('hk-macao-permit', 'H1234567803'), {})).toBe(idLookupKey('hk-macao-permit', 'H12345678', {}))
  })

  it('refuses other letters and lengths, and asks for sex and birth date', () => {
    for (const n of ['K12345678', 'H1234567', 'H123456789', 'HM1234567']) expect(issues('hk-macao-permit', n, PERSON)).toEqual(['idNumber:hk_macao_permit_format'])
    expect(issues('hk-macao-permit', 'H12345678')).toEqual(['sex:required', 'birthDate:required'])
    expect(issues('hk-macao-permit', 'H12345678', { ...PERSON, nationality: 'CHN' })).toEqual(['nationality:not_for_id_type'])
  })
})

describe('台湾居民来往大陆通行证', () => {
  it('8 digits; the 1992–2008 forms (issue count, issuing office in brackets) name the same holder', () => {
    for (const n of ['12345678', '1234567801', '0561682001(D)', '0561682001（B）', '0561682001B']) expect(issues('taiwan-permit', n, PERSON)).toEqual([])
    expect(normal('taiwan-permit', '0561682001(D)')).toBe('05616820')
    expect(normal('taiwan-permit', '0561682002')).toBe('05616820')
  })

  it('refuses other forms', () => {
    for (const n of ['1234567', 'A2345678', '123456789', '0561682001(DD)']) expect(issues('taiwan-permit', n, PERSON)).toEqual(['idNumber:taiwan_permit_format'])
  })
})

describe('外国人永久居留身份证', () => {
  // 2023 card: 9, province 11, nationality 840 (USA), born 1990-01-01, sequence 001 (odd: male), MOD 11-2.
  const card2023 = withCheck('91184019900101001')

  it('2023 card: the GB 11643 check character, the birth date and sex agree with those stated', () => {
    expect(card2023).toBe('911840199001010018')
    expect(issues('foreign-permanent-resident', card2023, PERSON)).toEqual([])
    // Another implementation's sample: Kazakhstan (398), born 1990-12-31, sequence 002 (female).
    expect(issues('foreign-permanent-resident', '911398199012310021', { sex: 'female', birthDate: '1990-12-31' })).toEqual([])
    expect(issues('foreign-permanent-resident', card2023, { sex: 'female', birthDate: '1990-01-02' })).toEqual(['birthDate:birth_date_mismatch', 'sex:sex_mismatch'])
  })

  it('2023 card: refuses a wrong check character, an unknown nationality code, a date that does not exist', () => {
    expect(issues('foreign-permanent-resident', card2023.slice(0, 17) + '9', PERSON)).toEqual(['idNumber:document_check_digit'])
    expect(issues('foreign-permanent-resident', withCheck('91199919900101001'), PERSON)).toEqual(['idNumber:fpr_nationality'])
    expect(issues('foreign-permanent-resident', withCheck('91184019900230001'), PERSON)).toEqual(['idNumber:document_birth_date'])
    expect(issues('foreign-permanent-resident', withCheck('91184020300101001'), PERSON)).toEqual(['idNumber:document_birth_in_future'])
  })

  it('2004/2017 card: 3 nationality letters and 12 digits, the birth date YYMMDD in positions 8–13 agreeing with the stated one', () => {
    const old = 'KAZ110090123105'
    expect(issues('foreign-permanent-resident', old, { sex: 'female', birthDate: '1990-12-31' })).toEqual([])
    expect(issues('foreign-permanent-resident', 'kaz 1100 901231 05', { sex: 'female', birthDate: '1990-12-31' })).toEqual([])
    expect(issues('foreign-permanent-resident', old, { sex: 'female', birthDate: '1990-12-30' })).toEqual(['birthDate:birth_date_mismatch'])
    expect(issues('foreign-permanent-resident', 'XYZ110090123105', PERSON)).toEqual(['idNumber:fpr_nationality'])
    expect(issues('foreign-permanent-resident', 'KAZ110090133105', PERSON)).toEqual(['idNumber:document_birth_date'])
  })

  it('refuses other shapes, and asks for sex and birth date (the nationality is in the number)', () => {
    for (const n of ['811840199001010018', 'KA1110090123105', 'KAZ11009012310', '91184019900101001']) expect(issues('foreign-permanent-resident', n, PERSON)).toEqual(['idNumber:fpr_format'])
    expect(issues('foreign-permanent-resident', card2023)).toEqual(['sex:required', 'birthDate:required'])
  })
})

describe('港澳台居民居住证', () => {
  it('18 characters with the ID card check character, starting 810000, 820000 or 830000; birth date and sex come from the number', () => {
    for (const n of [withCheck('81000019900101002'), withCheck('82000019850615003'), withCheck('83000020010228004')]) expect(issues('hmt-residence-permit', n)).toEqual([])
    expect(issues('hmt-residence-permit', withCheck('81000019900101002'), PERSON)).toEqual(['sex:not_for_id_type', 'birthDate:not_for_id_type'])
  })

  it('refuses another address code, a wrong check character, a date that does not exist', () => {
    expect(issues('hmt-residence-permit', withCheck('11010519900101002'))).toEqual(['idNumber:hmt_permit_format'])
    expect(issues('hmt-residence-permit', withCheck('84000019900101002'))).toEqual(['idNumber:hmt_permit_format'])
    const good = withCheck('81000019900101002')
    expect(issues('hmt-residence-permit', good.slice(0, 17) + (good.endsWith('1') ? '2' : '1'))).toEqual(['idNumber:document_check_digit'])
    expect(issues('hmt-residence-permit', withCheck('81000019901301002'))).toEqual(['idNumber:document_birth_date'])
  })
})

describe('the lookup key', () => {
  it('covers the type with the number: the same characters under two types are two identities', () => {
    expect(idLookupKey('hk-macao-permit', 'H12345678', {})).not.toBe(idLookupKey('passport', 'H12345678', { nationality: 'GBR' }))
    expect(new Set(ID_TYPES.map((t) => idLookupKey(t, '12345678', { nationality: 'USA' }))).size).toBe(ID_TYPES.length)
  })

  it('a passport number under two nationalities is two passports; a resident ID card keys by its number alone, as before', () => {
    expect(idLookupKey('passport', 'P1234567', { nationality: 'USA' })).not.toBe(idLookupKey('passport', 'P1234567', { nationality: 'DEU' }))
    expect(idLookupKey('resident-id', '11010519491231002X', {})).toBe('11010519491231002X')
  })
})

describe('particulars without a number', () => {
  it('are checked alone for the wire schema (the number travels encrypted)', () => {
    expect(particularIssues('passport', { nationality: 'USA', sex: 'female', birthDate: '1985-06-15' }, TODAY)).toEqual([])
    expect(particularIssues('taiwan-permit', { sex: 'female' }, TODAY).map((i) => `${i.field}:${i.code}`)).toEqual(['birthDate:required'])
  })
})

it('every issue code of the ID types has zh and en words, and is in docs/api.md\'s list', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8')
  const list = /Field issue codes:([\s\S]*?)\n\n/.exec(doc)?.[1] ?? ''
  for (const code of Object.keys(ID_ISSUE_MESSAGES)) {
    expect(list).toContain(`\`${code}\``)
    expect(issueMessage(code, 'zh-CN')).toBe(ID_ISSUE_MESSAGES[code][0])
    expect(issueMessage(code, 'en')).toBe(ID_ISSUE_MESSAGES[code][1])
  }
})
