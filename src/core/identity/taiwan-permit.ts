// 台湾居民来往大陆通行证 (台胞证, Mainland Travel Permit for Taiwan residents): since 25 September 2008
// "一人一号、终身不变", the number is the holder's 8-digit lifelong number. Permits issued from May 1992
// printed it followed by the two-digit issue count and, in brackets, the issuing authority's code, e.g.
// 0561682001(D); from June 2006 Fujian, Jiangsu and Shanghai dropped the bracket (China News Service,
// 11 September 2008, "台胞证9月25日起实行一人一号终身不变"; NIA, 中国出入境观察 2020 no. 21, p. 34).
// Every form names the holder by its first 8 digits. Sex and birth date are asked.
import { compactAscii, numberIssue, type IdChecker } from './id-issue'

const LIFELONG = /^\d{8}$/
const OLDER = /^(\d{8})\d{2}(\([A-Z0-9]\)|[A-Z])?$/

export const taiwanPermit: IdChecker = {
  asks: ['sex', 'birthDate'],
  maxLength: 13,
  normalize(raw) {
    const n = compactAscii(raw)
    return OLDER.exec(n)?.[1] ?? n
  },
  check: (number) => (LIFELONG.test(number) ? [] : [numberIssue('taiwan_permit_format')])
}
