// CertLogic throughput on a realistic status rule: trips of the last 14 days against a risk-area
// map (reduce/in), a negative test still within 48 h (plusTime/after), a declaration not older than
// 14 days. Compiled once, evaluated 1,000,000 times (5 timed rounds, median) over 50,000 varied
// citizens; compared with the tree-walking interpreter. Run: npx esbuild bench/certlogic.ts --bundle --platform=node
//   --outfile=/tmp/certlogic-bench.js && node /tmp/certlogic-bench.js   (last line: JSON figures)
import { compile, evaluate } from '../src/core/certlogic'

const EVALS = 1_000_000
const INTERPRETED_EVALS = 200_000
const CITIZENS = 50_000
const CLOCK = '2024-05-12T10:00:00+08:00'

// Deterministic PRNG (mulberry32) so every run measures the same data.
let seed = 20240512
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]

// 600 district codes; the risk map marks 40 high and 120 medium.
const AREAS = Array.from({ length: 600 }, (_, i) => String(110101 + i * 37))
const HIGH = AREAS.slice(0, 40)
const MEDIUM = AREAS.slice(40, 160)

const area = { var: 'current.area' }
const level = {
  reduce: [
    { var: 'trips' },
    { if: [{ in: [area, HIGH] }, 2, { if: [{ and: [{ '<': [{ var: 'accumulator' }, 1] }, { in: [area, MEDIUM] }] }, 1, { var: 'accumulator' }] }] },
    0
  ]
}
const now = { plusTime: [{ var: 'external.validationClock' }, 0, 'hour'] }
const negativeTest = {
  and: [{ '===': [{ var: 'test.result' }, 'negative'] }, { after: [{ plusTime: [{ var: 'test.sampledAt' }, 48, 'hour'] }, now] }]
}
const STATUS_RULE = {
  if: [
    { 'not-before': [{ plusTime: [{ var: 'declaredAt' }, 14, 'day'] }, now] },
    { if: [{ '===': [level, 2] }, { if: [negativeTest, 'yellow', 'red'] },
      { if: [{ '===': [level, 1] }, { if: [negativeTest, 'green', 'yellow'] }, 'green'] }] },
    'grey'
  ]
}

function citizen(): unknown {
  const day = 12 - Math.floor(rand() * 18) // declarations from up to 18 days back
  const declared = new Date(Date.UTC(2024, 4, day))
  const trips = Array.from({ length: Math.floor(rand() * 7) }, () => ({ area: pick(AREAS), date: declared.toISOString().slice(0, 10) }))
  const hoursAgo = Math.floor(rand() * 96)
  const sampled = new Date(Date.UTC(2024, 4, 12, 10 - 8 - hoursAgo, Math.floor(rand() * 60)))
  const s = sampled.toISOString()
  const test = rand() < 0.3 ? null : {
    result: rand() < 0.95 ? 'negative' : 'positive',
    sampledAt: `${s.slice(0, 19)}Z`
  }
  return { declaredAt: declared.toISOString().slice(0, 10), trips, test, external: { validationClock: CLOCK } }
}

const people = Array.from({ length: CITIZENS }, citizen)
const rule = compile(STATUS_RULE)

// The two engines must agree on every citizen before their speed means anything.
const tally: Record<string, number> = {}
for (const p of people) {
  const r = rule(p) as string
  if (r !== evaluate(STATUS_RULE, p)) throw new Error(`compiled and interpreted disagree on ${JSON.stringify(p)}`)
  tally[r] = (tally[r] ?? 0) + 1
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Evaluations per second: the median of several timed rounds (shared machines are noisy). */
function rate(label: string, n: number, rounds: number, warmup: number, f: (d: unknown) => unknown): number {
  let sink = 0
  for (let i = 0; i < warmup; i++) if (f(people[i % CITIZENS]) === 'red') sink++ // warm-up: let the JIT settle
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    for (let i = 0; i < n; i++) if (f(people[i % CITIZENS]) === 'red') sink++
    rates.push(n / ((performance.now() - t0) / 1000))
  }
  if (sink < 0) console.log(sink) // keep the results observable
  console.log(`${label}: ${rounds} rounds of ${n} evals, evals/s ${rates.map((x) => Math.round(x).toLocaleString('en')).join(' / ')}`)
  return median(rates)
}

const compiledRate = rate('compiled', EVALS, 5, EVALS, rule)
const interpretedRate = rate('interpreted', INTERPRETED_EVALS, 3, INTERPRETED_EVALS, (d) => evaluate(STATUS_RULE, d))
console.log(`status mix over ${CITIZENS} citizens: ${JSON.stringify(tally)}`)
console.log(JSON.stringify({
  certlogic_evals_per_s: Math.round(compiledRate),
  certlogic_compiled_speedup_x: Math.round((compiledRate / interpretedRate) * 10) / 10
}))
