// 居民身份证: the citizen identity number of GB 11643-1999 (id-number.ts). Birth date and sex are in the
// number, so the declaration asks for neither.
import { checkIdNumber, normalizeIdNumber } from './id-number'
import { numberIssue, type IdChecker } from './id-issue'

export const residentId: IdChecker = {
  asks: [],
  maxLength: 18,
  normalize: normalizeIdNumber,
  check(number, _particulars, today) {
    const problem = checkIdNumber(number, today)
    return problem ? [numberIssue(`id_${problem.replace(/-/g, '_')}`)] : []
  }
}
