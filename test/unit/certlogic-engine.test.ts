// Focused tests of our CertLogic engine beyond the EU suites: compile/evaluate agreement, the
// rule shapes we use, error codes, date handling, and static validation.
import { CertLogicError, compile, evaluate, isTruthy, plusTime, validate } from '@core/certlogic'

const clock = (s: string) => ({ plusTime: [s, 0, 'hour'] })

/** Result of running both engines; errors are reduced to their code so the two can be compared. */
function both(expr: unknown, data: unknown): { compiled: unknown; interpreted: unknown } {
  const run = (f: () => unknown) => {
    try { return { value: f() } } catch (e) { return { error: (e as CertLogicError).code } }
  }
  return { compiled: run(() => compile(expr)(data)), interpreted: run(() => evaluate(expr, data)) }
}

describe('compile and evaluate agree', () => {
  const exprs: unknown[] = [
    { if: [{ in: [{ var: 'trip.level' }, ['high']] }, 'red', 'green'] },
    { and: [{ var: 'a' }, { var: 'b' }, { var: 'c' }] },
    { '!': [{ var: 'a' }] },
    { '===': [{ var: 'a' }, 1] },
    { '+': [{ var: 'a' }, 1] },
    { '<': [0, { var: 'a' }, 10] },
    { in: [{ var: 'a' }, ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 1]] }, // large literal list → Set
    { in: [{ var: 'a' }, { var: 'b' }] },
    { reduce: [{ var: 'b' }, { '+': [{ var: 'accumulator' }, { var: 'current' }] }, 0] },
    { reduce: [{ var: 'b' }, { var: '' }, 0] }, // the lambda returns its whole context
    { reduce: [{ var: 'b' }, [{ var: 'current' }, { var: 'accumulator' }], []] },
    { extractFromUVCI: [{ var: 'a' }, 1] },
    { before: [{ plusTime: [{ var: 'a' }, 1, 'day'] }, clock('2021-06-02T00:00:00Z')] },
    { '===': [{ plusTime: [{ var: 'a' }, 0, 'day'] }, { dccDateOfBirth: [{ var: 'a' }] }] },
    { plusTime: [{ var: 'a' }, 1, 'month'] },
    [1, { var: 'a' }, ['x', { var: 'c' }]],
    { if: [{ plusTime: ['2021-01-01', 0, 'day'] }, 'then', 'else'] },
    { before: [{ if: [{ var: 'a' }, clock('2021-01-01'), clock('2022-01-01')] }, clock('2021-06-01')] },
    { 'not-after': [{ var: 'a' }, clock('2021-06-01')] },
    // Repeated sub-expressions (computed once per evaluation when compiled):
    { and: [{ '<': [{ var: 'a' }, 5] }, { '!': [{ '<': [{ var: 'a' }, 5] }] }] },
    { if: [{ var: 'c' }, { '+': [{ var: 'a' }, 1] }, { '+': [{ var: 'a' }, 1] }] },
    { '===': [{ if: [{ var: 'a' }, [1], [2]] }, { if: [{ var: 'a' }, [1], [2]] }] }
  ]
  const data: unknown[] = [
    null, {}, { a: 1, b: [1, 2, 3], c: 'x' }, { a: 0, b: [], c: '' }, { a: '2021-06-01', b: null }, { a: '2022-01-31' },
    { a: 'URN:UVCI:01:NL:187/37512422923', b: [2] }, { a: 1.5, b: 'x' }, { a: 't', b: [[1], { k: 1 }] },
    { a: true, b: true, c: {} }, { trip: { level: 'high' } }, { trip: { level: 'low' } }, { a: [], b: [1] }
  ]
  const outcome = (f: () => unknown) => {
    try { return { value: f() } } catch (e) { return { error: (e as CertLogicError).code } }
  }
  test.each(exprs.map((e) => [JSON.stringify(e), e]))('%s', (_, expr) => {
    const rule = compile(expr) // once: memos and shared sub-expressions must not leak between calls
    for (const d of [...data, ...data]) {
      expect([d, outcome(() => rule(d))]).toStrictEqual([d, outcome(() => evaluate(expr, d))])
    }
  })
  test('a data object mutated between calls is re-read', () => {
    const expr = { if: [{ '<': [{ var: 'a' }, 5] }, { '+': [{ var: 'a' }, 1] }, { '+': [{ var: 'a' }, 1] }] }
    const rule = compile(expr)
    const d = { a: 1 }
    expect(rule(d)).toBe(2)
    d.a = 7
    expect(rule(d)).toBe(8)
  })
})

describe('the trip-level rule shape', () => {
  const rule = compile({ if: [{ in: [{ var: 'trip.level' }, ['high']] }, 'red', 'green'] })
  test.each([
    [{ trip: { level: 'high' } }, 'red'], [{ trip: { level: 'low' } }, 'green'],
    [{ trip: {} }, 'green'], [{}, 'green'], [null, 'green'], [undefined, 'green']
  ])('%j → %s', (data, expected) => expect(rule(data)).toBe(expected))
})

describe('evaluation errors carry stable codes', () => {
  const code = (expr: unknown, data: unknown = null) => both(expr, data)
  test.each([
    // The suite skips these "null-safety" assertions: the spec makes "in" on a non-array an error.
    [{ in: [{ var: 'x' }, { var: 'y' }] }, {}, 'TYPE_MISMATCH'],
    [{ '<': ['a', 'b'] }, null, 'TYPE_MISMATCH'],
    [{ '+': [1, { var: 'x' }] }, { x: 1.5 }, 'TYPE_MISMATCH'],
    [{ after: [1, 2] }, null, 'TYPE_MISMATCH'],
    [{ reduce: ['abc', 1, 0] }, null, 'TYPE_MISMATCH'],
    [{ extractFromUVCI: [42, 0] }, null, 'TYPE_MISMATCH'],
    [{ plusTime: [{ var: 'x' }, 0, 'day'] }, {}, 'TYPE_MISMATCH'],
    [{ '!': [clock('2021-01-01')] }, null, 'NOT_TRUTHY_OR_FALSY'],
    [{ and: [true, { var: 'x' }] }, { x: 0.5 }, 'NOT_TRUTHY_OR_FALSY'],
    [{ plusTime: [{ var: 'x' }, 0, 'day'] }, { x: '' }, 'INVALID_DATE_TIME'],
    [{ plusTime: ['2021-02-30', 0, 'day'] }, null, 'INVALID_DATE_TIME'],
    [{ dccDateOfBirth: ['2021-01-01T00:00:00Z'] }, null, 'INVALID_DATE_TIME']
  ])('%j on %j → %s', (expr, data, expected) => {
    expect(code(expr, data)).toStrictEqual({ compiled: { error: expected }, interpreted: { error: expected } })
  })

  test('a failing constant sub-expression only fails when evaluation reaches it', () => {
    const bad = { plusTime: ['2021-13-01', 0, 'day'] }
    expect(compile({ if: [{ var: 'x' }, bad, 1] })({ x: false })).toBe(1)
    expect(() => compile({ if: [{ var: 'x' }, bad, 1] })({ x: true })).toThrow(CertLogicError)
  })
})

describe('date-times', () => {
  const iso = (s: string, n = 0, unit: 'year' | 'month' | 'day' | 'hour' = 'day') => plusTime(s, n, unit).toISOString()
  test('leap days behave as the spec table says', () => {
    expect(iso('2020-02-29', 1, 'day')).toBe('2020-03-01T00:00:00.000Z')
    expect(iso('2020-02-29', 1, 'month')).toBe('2020-03-29T00:00:00.000Z')
    expect(iso('2020-02-29', 1, 'year')).toBe('2021-03-01T00:00:00.000Z')
  })
  test('every allowed offset format denotes the same instant', () => {
    for (const s of ['2021-06-01T10:30:00+2', '2021-06-01T10:30:00+02', '2021-06-01T10:30:00+200', '2021-06-01T10:30:00+0200',
      '2021-06-01T10:30:00+2:00', '2021-06-01T10:30:00+02:00', '2021-06-01T10:30:00.000+02:00', '2021-06-01T08:30:00Z',
      '2021-06-01T08:30:00', '2021-06-01T05:00:00-03:30']) expect([s, iso(s)]).toStrictEqual([s, '2021-06-01T08:30:00.000Z'])
  })
  test('fractions are truncated to milliseconds; partial dates take the last consistent day', () => {
    expect(iso('2021-06-01T00:00:00.9999999Z')).toBe('2021-06-01T00:00:00.999Z')
    expect(iso('2021-06-01T00:00:00.5')).toBe('2021-06-01T00:00:00.500Z')
    expect(iso('2004')).toBe('2004-12-31T00:00:00.000Z')
    expect(iso('2024-02')).toBe('2024-02-29T00:00:00.000Z')
    expect(iso('0050-01-01')).toBe('0050-01-01T00:00:00.000Z') // no 1900s mapping of small years
  })
  test.each(['', '2021', '2021-6-01', '2021-06-01 10:00:00', '2021-06-01T10:00Z', '2021-06-01T24:00:00Z', '2021-06-01T10:00:00.Z',
    '2021-06-01T10:00:00+', '2021-06-01T10:00:00+02:0', '2021-06-01T10:00:00z', '2021-06-01T10:00:00+02:00Z'])('rejects %j', (s) => {
    if (s === '2021') expect(iso(s)).toBe('2021-12-31T00:00:00.000Z') // (control: a valid partial date)
    else expect(() => iso(s)).toThrow(expect.objectContaining({ code: 'INVALID_DATE_TIME' }))
  })
  test('date-times are neither truthy nor falsy; a guard that is neither takes the else branch', () => {
    expect(isTruthy(plusTime('2021-01-01', 0, 'day'))).toBe(false)
    expect(both({ if: [clock('2021-01-01'), 1, 2] }, null)).toStrictEqual({ compiled: { value: 2 }, interpreted: { value: 2 } })
  })
})

describe('compiled rules', () => {
  test('returned arrays are fresh, so a caller mutating one cannot change the rule', () => {
    const rule = compile(['a', ['b']])
    const first = rule(null) as unknown[]
    first.push('mutated')
    expect(rule(null)).toStrictEqual(['a', ['b']])
  })
  test('var reads own data only, never prototype members or array/string properties', () => {
    for (const path of ['constructor', 'toString', '__proto__', 'x.length', 's.length']) {
      expect(compile({ var: path })({ x: [1], s: 'abc' })).toBeNull()
      expect(evaluate({ var: path }, { x: [1], s: 'abc' })).toBeNull()
    }
    expect(compile({ var: 'constructor' })(JSON.parse('{"constructor":"own"}'))).toBe('own')
  })
  test('the per-node memo never returns a stale date-time', () => {
    const rule = compile({ after: [{ plusTime: [{ var: 'd' }, 1, 'day'] }, clock('2021-06-02T00:00:00Z')] })
    const dates = ['2021-06-01T00:00:01Z', '2021-06-01T00:00:00Z', '2021-06-01T00:00:01Z', '2021-05-31', '2021-06-01T00:00:01Z']
    expect(dates.map((d) => rule({ d }))).toStrictEqual([true, false, true, false, true])
  })
})

describe('validate', () => {
  test.each([
    [{ or: [true, false] }, 'unrecognised operator: "or"'], // not in CertLogic, unlike JsonLogic
    [{ '!!': [1] }, 'unrecognised operator: "!!"'],
    [{ if: [true, 1] }, 'an operation with operator "if" must have exactly 3 operands'],
    [{ and: [true] }, 'an "and" operation must have at least 2 operands'],
    [{ '<': [1, 2, 3, 4] }, 'an operation with operator "<" must have 2 or 3 operands'],
    [{ in: [1] }, 'an operation with operator "in" must have exactly 2 operands'],
    [{ plusTime: ['2021-01-01', { var: 'n' }, 'day'] }, '"amount" argument (#2) of "plusTime" must be an integer literal'],
    [{ plusTime: ['2021-01-01', 1, 'week'] }, '"unit" argument (#3) of "plusTime" must be one of: year, month, day, hour'],
    [{ extractFromUVCI: [{ var: 'u' }, '1'] }, '"index" argument (#2) of "extractFromUVCI" must be an integer literal'],
    [{ var: ['x', 0] }, 'not of the form { "var": "<path>" }'],
    [{ var: 'a..b' }, "data access path doesn't have a valid format: a..b"]
  ])('%j is rejected', (expr, message) => {
    expect(validate(expr)).toStrictEqual([{ expr, message }])
    expect(() => compile(expr)).toThrow(expect.objectContaining({ code: 'INVALID_EXPRESSION', issues: [{ expr, message }] }))
  })
  test('issues are found anywhere in the tree, even in branches evaluation would not reach', () => {
    const expr = { if: [true, 'ok', [{ foo: [] }, null, 1.5]] }
    expect(validate(expr).map((i) => i.message)).toStrictEqual(['unrecognised operator: "foo"', 'invalid CertLogic expression', '1.5 is a non-integer number'])
    expect(() => compile(expr)).toThrow(CertLogicError)
    expect(evaluate(expr, null)).toBe('ok') // the interpreter, like the spec's, checks nodes as it reaches them
  })
})
