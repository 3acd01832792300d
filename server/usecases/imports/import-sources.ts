// The four data sources a region admin imports, their columns (English or Chinese headers), and the
// per-row checks. A rejected row is reported by line, column and reason — never by echoing an ID number.
import { checkIdNumber, normalizeIdNumber } from '@core/identity/id-number'
import type { ImportSource, RowProblem } from '@core/api/contract/imports'
import type { PiiProtector } from '../../ports/pii-protector'

const COLUMNS: Record<ImportSource, Record<string, string[]>> = {
  'risk-areas': { region_code: ['地区代码', '行政区划代码'], level: ['风险等级', '等级'], from: ['开始日期', '起始日期'], to: ['结束日期', '截止日期'] },
  'test-results': { id_number: ['身份证号', '证件号码'], result: ['检测结果', '结果'], sampled_at: ['采样时间'], institution: ['检测机构'] },
  vaccinations: { id_number: ['身份证号', '证件号码'], doses: ['接种剂次', '剂次'], complete: ['是否全程', '全程接种'], last_dose_date: ['末次接种日期'] },
  contacts: { id_number: ['身份证号', '证件号码'], kind: ['类别', '人员类别'], listed_at: ['列入日期', '判定日期'] }
}

const MESSAGES: Record<string, [string, string]> = {
  missing: ['缺少此项', 'Missing'],
  region: ['不是有效的行政区划代码', 'Not a valid GB/T 2260 code'],
  level: ['风险等级应为 high、medium、low 或 高、中、低', 'Level must be high, medium, low (or 高, 中, 低)'],
  date: ['日期格式应为 YYYY-MM-DD', 'Dates are YYYY-MM-DD'],
  datetime: ['时间格式应为 YYYY-MM-DD HH:mm', 'Times are YYYY-MM-DD HH:mm'],
  date_order: ['结束日期早于开始日期', 'The end is before the start'],
  future: ['时间晚于现在', 'The time is in the future'],
  id_number: ['身份证号无效（校验位或出生日期错误）', 'Invalid ID number (check digit or birth date)'],
  result: ['检测结果应为 negative/positive 或 阴性/阳性', 'Result must be negative/positive (阴性/阳性)'],
  doses: ['剂次应为 1 至 4 的整数', 'Doses must be a whole number from 1 to 4'],
  complete: ['应为 是/否 或 true/false', 'Must be yes/no (是/否, true/false)'],
  kind: ['类别应为 confirmed、suspected、close、secondary 或 确诊、疑似、密接、次密接', 'Kind must be confirmed, suspected, close or secondary'],
  duplicate: ['与本文件中前面的行重复', 'Repeats an earlier row of this file']
}

export function problem(line: number, column: string, code: string): RowProblem {
  const [zh, en] = MESSAGES[code] ?? [code, code]
  return { line, column, code, message: { zh, en } }
}

/** Maps header names (English or Chinese) to our column names; returns the missing ones. */
export function columnIndex(source: ImportSource, header: string[]): { index: Record<string, number>; missing: string[] } {
  const index: Record<string, number> = {}
  const missing: string[] = []
  for (const [name, aliases] of Object.entries(COLUMNS[source])) {
    const i = header.findIndex(h => h === name || aliases.includes(h))
    if (i < 0) missing.push(name); else index[name] = i
  }
  return { index, missing }
}

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/
export function parseDate(v: string): string | null {
  const m = DATE.exec(v)
  if (!m) return null
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  const d = new Date(iso + 'T00:00:00Z')
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso
}

/** China time unless the text names a zone. */
export function parseDateTime(v: string): number | null {
  if (/T.*(Z|[+-]\d{2}:?\d{2})$/.test(v)) { const t = Date.parse(v); return Number.isNaN(t) ? null : t }
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})/.exec(v)
  if (!m) return null
  const t = Date.parse(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}T${m[4].padStart(2, '0')}:${m[5]}:00+08:00`)
  return Number.isNaN(t) ? null : t
}

export interface RowContext { pii: PiiProtector; today: string; nowMs: number; isRegion: (code: string) => boolean }

/** The keyed hash that matches people, and the sealed number (kept only so a key rotation can re-hash). */
export function idHashOf(ctx: RowContext, raw: string, line: number, problems: RowProblem[]): { idHash: string; idEnc: string } | null {
  const id = normalizeIdNumber(raw)
  if (!id) { problems.push(problem(line, 'id_number', 'missing')); return null }
  if (checkIdNumber(id, ctx.today)) { problems.push(problem(line, 'id_number', 'id_number')); return null }
  return { idHash: ctx.pii.lookupHash('id', id), idEnc: ctx.pii.seal(id) }
}
