// One row of an import → a normalised record, or the problems that reject it.
import type { ImportSource, RowProblem } from '@core/api/contract/imports'
import type { ImportRecord } from '../../ports/import-store'
import { idHashOf, parseDate, parseDateTime, problem, type RowContext } from './import-sources'

const LEVELS: Record<string, 'high' | 'medium' | 'low'> = { high: 'high', medium: 'medium', low: 'low', 高: 'high', 中: 'medium', 低: 'low', 高风险: 'high', 中风险: 'medium', 低风险: 'low' }
const RESULTS: Record<string, 'negative' | 'positive'> = { negative: 'negative', positive: 'positive', 阴性: 'negative', 阳性: 'positive' }
const YES = ['是', 'true', 'yes', '1', 'y']
const NO = ['否', 'false', 'no', '0', 'n']
const KINDS: Record<string, 'confirmed' | 'suspected' | 'close' | 'secondary'> = {
  confirmed: 'confirmed', suspected: 'suspected', close: 'close', secondary: 'secondary', 确诊: 'confirmed', 疑似: 'suspected', 密接: 'close', 次密接: 'secondary'
}

export function validateRow(source: ImportSource, line: number, get: (column: string) => string, ctx: RowContext): { record: ImportRecord | null; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const need = (column: string) => { const v = get(column); if (!v) problems.push(problem(line, column, 'missing')); return v }
  let record: ImportRecord | null = null
  if (source === 'risk-areas') {
    const code = need('region_code'); const level = LEVELS[need('level').toLowerCase()]
    const from = parseDate(need('from')); const to = parseDate(need('to'))
    if (code && !ctx.isRegion(code)) problems.push(problem(line, 'region_code', 'region'))
    if (get('level') && !level) problems.push(problem(line, 'level', 'level'))
    if (get('from') && !from) problems.push(problem(line, 'from', 'date'))
    if (get('to') && !to) problems.push(problem(line, 'to', 'date'))
    if (from && to && to < from) problems.push(problem(line, 'to', 'date_order'))
    if (!problems.length) record = { kind: 'risk-area', regionCode: code, level, from: from!, to: to! }
  } else if (source === 'test-results') {
    const person = idHashOf(ctx, get('id_number'), line, problems)
    const result = RESULTS[need('result').toLowerCase()]
    const sampledAt = parseDateTime(need('sampled_at'))
    const institution = need('institution')
    if (get('result') && !result) problems.push(problem(line, 'result', 'result'))
    if (get('sampled_at') && sampledAt === null) problems.push(problem(line, 'sampled_at', 'datetime'))
    if (sampledAt !== null && sampledAt > ctx.nowMs) problems.push(problem(line, 'sampled_at', 'future'))
    if (!problems.length) record = { kind: 'lab', ...person!, result, sampledAt: sampledAt!, institution: institution.slice(0, 60) }
  } else if (source === 'vaccinations') {
    const person = idHashOf(ctx, get('id_number'), line, problems)
    const doses = Number(need('doses'))
    const completeText = need('complete').toLowerCase()
    const date = parseDate(need('last_dose_date'))
    if (get('doses') && !(Number.isInteger(doses) && doses >= 1 && doses <= 4)) problems.push(problem(line, 'doses', 'doses'))
    if (completeText && !YES.includes(completeText) && !NO.includes(completeText)) problems.push(problem(line, 'complete', 'complete'))
    if (get('last_dose_date') && !date) problems.push(problem(line, 'last_dose_date', 'date'))
    if (date && date > ctx.today) problems.push(problem(line, 'last_dose_date', 'future'))
    if (!problems.length) record = { kind: 'vaccination', ...person!, doses, complete: YES.includes(completeText), lastDoseDate: date! }
  } else {
    const person = idHashOf(ctx, get('id_number'), line, problems)
    const kind = KINDS[need('kind').toLowerCase()]
    const listedAt = parseDate(need('listed_at'))
    if (get('kind') && !kind) problems.push(problem(line, 'kind', 'kind'))
    if (get('listed_at') && !listedAt) problems.push(problem(line, 'listed_at', 'date'))
    if (listedAt && listedAt > ctx.today) problems.push(problem(line, 'listed_at', 'future'))
    if (!problems.length) record = { kind: 'contact', ...person!, contact: kind, listedAt: listedAt! }
  }
  return { record, problems }
}

/** A key that makes two rows the same record (re-imports and repeated rows change nothing). */
export function recordKey(r: ImportRecord): string {
  switch (r.kind) {
    case 'risk-area': return `${r.regionCode}|${r.level}|${r.from}|${r.to}`
    case 'lab': return `${r.idHash}|${r.sampledAt}|${r.result}`
    case 'vaccination': return `${r.idHash}|${r.lastDoseDate}|${r.doses}`
    case 'contact': return `${r.idHash}|${r.contact}|${r.listedAt}`
  }
}
