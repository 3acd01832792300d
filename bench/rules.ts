// Status-rule throughput for a re-audit: the default rule set compiled once and evaluated on
// 1,000,000 generated citizens (one audit clock, mostly green, so most citizens run every rule),
// 3 timed rounds, median. The facts share sub-objects drawn from pools to keep the heap small.
// Run: npm run bench -- rules   (last line: {"rules_evals_per_s": N, ...})
import { evaluate } from '../src/core/certlogic'
import { AuditFacts, compileRuleSet, DEFAULT_RULE_SET, evaluateRules, factsIssues } from '../src/core/rules'

const CITIZENS = 1_000_000
const ROUNDS = 3
const NOW = '2026-11-27T08:00:00+08:00'
const NOW_MS = Date.parse(NOW)

// Deterministic PRNG (mulberry32) so every run measures the same data.
let seed = 20261127
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
const ago = (days: number) => new Date(NOW_MS - Math.floor(days * 86_400_000)).toISOString()
const pool = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make)

const riskOf = (): AuditFacts['trips'][number]['risk'] => {
  const r = rand()
  return r < 0.01 ? 'high' : r < 0.04 ? 'medium' : r < 0.7 ? 'low' : null
}
const tripLists = pool(20_000, () => Array.from({ length: Math.floor(rand() * 6) }, () => {
  const ended = rand() * 30
  return { region: String(110101 + Math.floor(rand() * 600) * 37), from: ago(ended + 1 + rand() * 5), to: ago(ended), risk: riskOf() }
}))
const declarations = pool(20_000, (): AuditFacts['declaration'] => rand() < 0.1 ? null : {
  at: ago(rand() * 20),
  temperatureTenths: rand() < 0.2 ? null : rand() < 0.005 ? 373 + Math.floor(rand() * 20) : 355 + Math.floor(rand() * 17),
  symptoms: rand() < 0.01 ? [pick(['cough', 'fever', 'sore-throat'])] : [],
  contact: rand() < 0.002 ? 'close' : rand() < 0.005 ? 'secondary' : 'none'
})
const testsPool = pool(20_000, (): AuditFacts['tests'] => ({
  latestNegativeSampledAt: rand() < 0.3 ? null : ago(rand() * 10),
  latestPositiveSampledAt: rand() < 0.999 ? null : ago(rand() * 20)
}))
const checkinsPool = pool(1_000, (): AuditFacts['checkins'] => {
  const days = Math.floor(rand() * 30)
  return { consecutiveDays: days, lastAt: days === 0 ? null : ago(rand()) }
})
const noContacts = { close: false, secondary: false }
const contactFlags = [{ close: true, secondary: false }, { close: false, secondary: true }, { close: true, secondary: true }]
const noCases = { confirmed: false, suspected: false }
const caseFlags = [{ confirmed: true, suspected: false }, { confirmed: false, suspected: true }]
const vaccinations = [{ complete: true }, { complete: false }]

const people: AuditFacts[] = new Array(CITIZENS)
for (let i = 0; i < CITIZENS; i++) {
  people[i] = {
    now: NOW,
    declaration: pick(declarations),
    trips: pick(tripLists),
    contacts: rand() < 0.006 ? pick(contactFlags) : noContacts,
    cases: rand() < 0.0003 ? pick(caseFlags) : noCases,
    tests: pick(testsPool),
    vaccination: pick(vaccinations),
    checkins: pick(checkinsPool)
  }
}
for (let i = 0; i < 1000; i++) {
  const issues = factsIssues(people[i])
  if (issues.length) throw new Error(`generated facts are malformed: ${issues[0]}`)
}

const compiled = compileRuleSet(DEFAULT_RULE_SET)

// The compiled set must agree with the reference interpreter (first truthy rule wins) before its speed means anything.
function reference(f: AuditFacts): string {
  for (const r of DEFAULT_RULE_SET.rules) if (evaluate(r.when, f) === true) return r.id
  return 'green'
}
for (let i = 0; i < 20_000; i++) {
  const got = evaluateRules(compiled, people[i]).rule?.id ?? 'green'
  if (got !== reference(people[i])) throw new Error(`compiled and interpreted disagree on ${JSON.stringify(people[i])}`)
}

const rates: number[] = []
let red = 0
for (let round = -1; round < ROUNDS; round++) { // round -1 warms the JIT up
  red = 0
  const t0 = performance.now()
  for (let i = 0; i < CITIZENS; i++) if (evaluateRules(compiled, people[i]).status === 'red') red++
  const rate = CITIZENS / ((performance.now() - t0) / 1000)
  if (round >= 0) rates.push(rate)
}
const tally: Record<string, number> = {}
for (let i = 0; i < CITIZENS; i++) {
  const key = evaluateRules(compiled, people[i]).rule?.id ?? 'green'
  tally[key] = (tally[key] ?? 0) + 1
}
console.log(`${ROUNDS} rounds of ${CITIZENS.toLocaleString('en')} evaluations, evals/s ${rates.map((r) => Math.round(r).toLocaleString('en')).join(' / ')}`)
console.log(`outcomes (${red.toLocaleString('en')} red): ${JSON.stringify(tally)}`)
const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)]
console.log(JSON.stringify({ rules_evals_per_s: Math.round(median), rules_citizens: CITIZENS, rules_in_set: DEFAULT_RULE_SET.rules.length }))
