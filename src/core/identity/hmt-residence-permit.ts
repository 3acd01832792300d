// 港澳台居民居住证 (residence permit for Hong Kong, Macao and Taiwan residents, 《港澳台居民居住证申领发放
// 办法》, 国办发〔2018〕81号): its number is built as a citizen identity number (GB 11643-1999: birth date,
// sequence whose last digit is odd for men, MOD 11-2 check character), with the address code 810000 for
// Hong Kong, 820000 for Macao and 830000 for Taiwan (the Ministry of Public Security's notice of 16 August
// 2018). Birth date and sex are in the number, so the declaration asks for neither.
import { checkIdNumber, normalizeIdNumber } from './id-number'
import { numberIssue, type IdChecker } from './id-issue'

const FORMAT = /^8[123]0000\d{11}[\dX]$/

export const hmtResidencePermit: IdChecker = {
  asks: [],
  maxLength: 18,
  normalize: normalizeIdNumber,
  check(number, _particulars, today) {
    if (!FORMAT.test(number)) return [numberIssue('hmt_permit_format')]
    const problem = checkIdNumber(number, today)
    return problem ? [numberIssue(`document_${problem.replace(/-/g, '_')}`)] : []
  }
}
