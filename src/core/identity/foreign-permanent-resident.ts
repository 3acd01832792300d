// 外国人永久居留身份证 (Foreign Permanent Resident ID Card). The National Immigration Administration's
// rules for the card issued from 1 December 2023 (新版外国人永久居留身份证机读信息规则, 2023) change the
// number "由15位（3位拉丁字母+12位数字）调整为18位（17位数字+1位校验位）":
//  - 2023 card, 18 characters, built like a citizen identity number: '9' (a foreigner; citizens' numbers
//    start 1–8), the 2-digit province code of the issuing office, the nationality as its 3-digit GB/T 2659
//    numeric code, the birth date YYYYMMDD, a 3-digit sequence whose last digit is odd for men and even for
//    women, and a MOD 11-2 check character computed as for GB 11643 (0–9 or X). Birth date and sex must
//    agree with what the person states.
//  - 2004/2017 cards, 15 characters: the nationality as its 3 GB/T 2659 letters, then 12 digits: the
//    4-digit code of the issuing office, the birth date YYMMDD, and 2 digits. The birth date must agree with
//    the stated one; the last 2 digits are not checked (no public rule for them was found).
// Sex and birth date are asked for both (the older number does not carry the sex); the nationality is
// in the number, so it is not asked.
import { idCheckCharacter } from './id-number'
import { birthMismatch, birthProblem } from './birth-date'
import { compactAscii, numberIssue, type IdChecker, type IdIssue, type IdParticulars } from './id-issue'
import { isNationality, nationalityOfNumeric } from './nationalities'

const CARD_2023 = /^9\d{16}[\dX]$/
const CARD_2017 = /^[A-Z]{3}\d{12}$/

function check2023(number: string, particulars: IdParticulars, today: string): IdIssue[] {
  if (!nationalityOfNumeric(number.slice(3, 6))) return [numberIssue('fpr_nationality')]
  const birth = birthProblem(number.slice(6, 14), today)
  if (birth) return [numberIssue(`document_${birth.replace(/-/g, '_')}`)]
  if (idCheckCharacter(number) !== number[17]) return [numberIssue('document_check_digit')]
  const out = birthMismatch(number.slice(6, 14), particulars, today)
  const male = Number(number[16]) % 2 === 1
  if (particulars.sex && particulars.sex !== (male ? 'male' : 'female')) out.push({ field: 'sex', code: 'sex_mismatch' })
  return out
}

function check2017(number: string, particulars: IdParticulars, today: string): IdIssue[] {
  if (!isNationality(number.slice(0, 3))) return [numberIssue('fpr_nationality')]
  const yymmdd = number.slice(7, 13)
  // No century in the number: it must be a real past date in one of the two, and agree with the stated date.
  if (birthProblem('19' + yymmdd, today) && birthProblem('20' + yymmdd, today)) return [numberIssue('document_birth_date')]
  return birthMismatch(yymmdd, particulars, today)
}

export const foreignPermanentResident: IdChecker = {
  asks: ['sex', 'birthDate'],
  maxLength: 18,
  normalize: compactAscii,
  check(number, particulars, today) {
    if (CARD_2023.test(number)) return check2023(number, particulars, today)
    if (CARD_2017.test(number)) return check2017(number, particulars, today)
    return [numberIssue('fpr_format')]
  }
}

