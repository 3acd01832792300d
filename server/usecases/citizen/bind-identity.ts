// Real-name binding at the first declaration: the ID number arrives RSA-OAEP encrypted, is checked by its
// ID type (src/core/identity: a check digit, a format, agreement with the stated birth date and sex), and is
// stored only as AES-GCM ciphertext plus a keyed hash of the type and number (idLookupKey). One identity
// binds one account; an identity bound to another account is never answered as such (identity-attempts.ts);
// changing a bound name or number goes through auditors.
import { AppError } from '@core/api/app-error'
import { issueMessage, Locale } from '@core/api/messages'
import type { IdParticulars } from '@core/identity/id-issue'
import { storedMask } from '@core/identity/id-mask'
import { checkId, idLookupKey } from '@core/identity/id-types'
import { surnameOf } from '@core/identity/masking'
import type { IdType } from '@core/declaration/vocabulary'
import type { DeclarationInput } from '@core/api/contract/citizen'
import type { PiiProtector } from '../../ports/pii-protector'
import type { IdDecrypter } from '../../ports/id-decrypter'
import type { Citizen } from '../../ports/citizen-store'

/** Basic information as health-declare receives it: the ID number still encrypted. */
export type BasicInput = NonNullable<DeclarationInput['basic']>

/** A decrypted, checked identity document. */
export interface OpenedId {
  idType: IdType
  /** The number that names the holder (an older permit's form reduced to its lifelong number). */
  number: string
  /** What the keyed hash covers and what is sealed: the type with the number (idLookupKey). */
  key: string
  /** What the form asked besides the number, for the types whose number does not state it; null for the others. */
  particulars: IdParticulars | null
}

/** Decrypts and checks the ID number by its type; throws INVALID_INPUT with the field issues under basic. */
export function openIdNumber(ids: IdDecrypter, basic: BasicInput, today: string, locale: Locale): OpenedId {
  const plain = ids.decrypt(basic.idNumberEncrypted)
  const fail = (issues: { field: string; code: string }[]) => new AppError('INVALID_INPUT', issues[0].code,
    issues.map(i => ({ path: `basic.${i.field}`, code: i.code, message: issueMessage(i.code, locale) })))
  if (plain === null) throw fail([{ field: 'idNumber', code: 'invalid_format' }])
  const { idType, nationality, sex, birthDate } = basic
  const given: IdParticulars = { ...(nationality ? { nationality } : {}), ...(sex ? { sex } : {}), ...(birthDate ? { birthDate } : {}) }
  const checked = checkId(idType, plain, given, today)
  if (checked.issues.length > 0) throw fail(checked.issues)
  return { idType, number: checked.number, key: idLookupKey(idType, checked.number, given), particulars: Object.keys(given).length > 0 ? given : null }
}

/** The citizen row a binding writes, everything personal sealed. */
export function prepareBinding(pii: PiiProtector, accountId: string, region: string, basic: BasicInput, id: OpenedId, nowMs: number, holder: string): Citizen {
  return {
    accountId, region, nameEnc: pii.seal(basic.name), surname: surnameOf(basic.name), idType: id.idType,
    idEnc: pii.seal(id.key), idHash: pii.lookupHash('id', id.key), idEnds: storedMask(id.idType, id.number),
    particularsEnc: id.particulars ? pii.seal(JSON.stringify(id.particulars)) : null,
    holder, householdRegion: basic.householdRegion, addressEnc: pii.seal(basic.address), boundAt: nowMs
  }
}
