// 护照 (passport) of any nation: ICAO Doc 9303 Part 4 gives the document number 9 characters of A–Z and
// 0–9 in the machine-readable zone (filler '<' pads a shorter one; a longer one continues in the optional
// data), and states print it without separators, so after dropping spaces and fillers a number is 5 to 17
// letters and digits. A Chinese ordinary passport is 'E' + 8 digits (electronic, 2012 to April 2017),
// 'E' + a letter other than I and O + 7 digits (since 5 April 2017), or 'G' + 8 digits (before the
// electronic passport), as the National Immigration Administration's handbook of exit-entry documents
// (出入境证件简明手册) describes. The number carries nothing else: nationality, sex and birth date are asked.
import { compactAscii, numberIssue, type IdChecker } from './id-issue'

const ICAO = /^[A-Z0-9]{5,17}$/
const CHINESE_ORDINARY = /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/

export const passport: IdChecker = {
  asks: ['nationality', 'sex', 'birthDate'],
  maxLength: 20,
  normalize: (raw) => compactAscii(raw).replace(/</g, ''),
  check(number, particulars) {
    if (!ICAO.test(number)) return [numberIssue('passport_format')]
    if (particulars.nationality === 'CHN' && !CHINESE_ORDINARY.test(number)) return [numberIssue('passport_chn_format')]
    return []
  }
}
