// Real-name binding at the first declaration: the ID number arrives RSA-OAEP encrypted, is checked
// (GB 11643 check digit, birth date), and is stored only as AES-GCM ciphertext plus a keyed hash.
// One ID number binds one account; a number bound to another account is never answered as such
// (identity-attempts.ts); changing a bound name or number goes through auditors.
import { AppError } from '@core/api/app-error'
import { issueMessage, Locale } from '@core/api/messages'
import { checkIdNumber, normalizeIdNumber } from '@core/identity/id-number'
import { idEnds, surnameOf } from '@core/identity/masking'
import type { DeclarationInput } from '@core/api/contract/citizen'
import type { PiiProtector } from '../../ports/pii-protector'
import type { IdDecrypter } from '../../ports/id-decrypter'
import type { Citizen } from '../../ports/citizen-store'

/** Basic information as health-declare receives it: the ID number still encrypted. */
export type BasicInput = NonNullable<DeclarationInput['basic']>

/** Decrypts and checks the ID number; throws INVALID_INPUT with a field issue at basic.idNumber. */
export function openIdNumber(ids: IdDecrypter, encrypted: string, today: string, locale: Locale): string {
  const plain = ids.decrypt(encrypted)
  const fail = (code: string) => new AppError('INVALID_INPUT', code, [{ path: 'basic.idNumber', code, message: issueMessage(code, locale) }])
  if (plain === null) throw fail('invalid_format')
  const id = normalizeIdNumber(plain)
  const problem = checkIdNumber(id, today)
  if (problem) throw fail(`id_${problem.replace(/-/g, '_')}`)
  return id
}

/** The citizen row a binding writes, everything personal sealed. */
export function prepareBinding(pii: PiiProtector, accountId: string, region: string, basic: BasicInput, id: string, nowMs: number, holder: string): Citizen {
  return {
    accountId, region, nameEnc: pii.seal(basic.name), surname: surnameOf(basic.name), idType: basic.idType,
    idEnc: pii.seal(id), idHash: pii.lookupHash('id', id), idEnds: idEnds(id), holder, householdRegion: basic.householdRegion, addressEnc: pii.seal(basic.address), boundAt: nowMs
  }
}
