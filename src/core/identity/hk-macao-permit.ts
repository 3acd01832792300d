// 港澳居民来往内地通行证 (回乡证, Mainland Travel Permit for Hong Kong and Macao residents): 'H' (Hong Kong)
// or 'M' (Macao) and the holder's 8-digit lifelong number, as the 2012 card prints it. Older permits
// printed the number followed by a two-digit count of renewals (H/M + 10 digits); the count is not part of
// who the holder is ("若两张通行证的9位证件号码相同，就表明持证人是同一人", e.g. Jimei University's
// rules for recording identity documents, 2015; the machine-readable zone: GA/T 704.14-2015), so it is
// dropped here and both forms name the same person. Sex and birth date are asked.
import { compactAscii, numberIssue, type IdChecker } from './id-issue'

const LIFELONG = /^[HM]\d{8}$/
const WITH_RENEWALS = /^([HM]\d{8})\d{2}$/

export const hkMacaoPermit: IdChecker = {
  asks: ['sex', 'birthDate'],
  maxLength: 11,
  normalize(raw) {
    const n = compactAscii(raw)
    return WITH_RENEWALS.exec(n)?.[1] ?? n
  },
  check: (number) => (LIFELONG.test(number) ? [] : [numberIssue('hk_macao_permit_format')])
}
