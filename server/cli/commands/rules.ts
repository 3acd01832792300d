// `healthcode rules sign|verify`: rule sets are signed offline with the region's rules key; hosts and
// apps only verify what they are given (docs/rules.md).
import { parse, parseTime, readJsonFile, required, UsageError, Io } from '../args'
import { readIssuerKey, writePublicJson } from '../key-files'
import { signerOf } from '@core/credential/issuer-key'
import type { TrustListJson } from '@core/credential/trust-list'
import { RuleSet, ruleSetIssues } from '@core/rules/rule-set'
import { signRuleSet, verifyRuleSet } from '@core/rules/signed-rule-set'

const USAGE = 'rules sign --key <rules key> --in rules.json --out rules.signed.json | rules verify --trust trust.json --in rules.signed.json [--current-version N] [--at <ISO time>]'

export function rules(argv: string[], io: Io): number {
  const [sub, ...rest] = argv
  if (sub === 'sign') return sign(rest, io)
  if (sub === 'verify') return verify(rest, io)
  throw new UsageError(sub ? `unknown subcommand "${sub}"; ${USAGE}` : USAGE)
}

function sign(argv: string[], io: Io): number {
  const { values } = parse(argv, { key: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } })
  const keyPath = required(values.key as string | undefined, '--key')
  const inPath = required(values.in as string | undefined, '--in')
  const out = required(values.out as string | undefined, '--out')
  const key = readIssuerKey(keyPath)
  const use = key.use ?? 'issue'
  if (use !== 'rules') throw new UsageError(`${keyPath} is an "${use}" key; rule sets are signed with a rules key (keygen --use rules)`)
  const now = Date.now()
  if (now < Date.parse(key.notBefore) || now > Date.parse(key.notAfter)) {
    throw new UsageError(`${keyPath} is valid only from ${key.notBefore} to ${key.notAfter}`)
  }
  const ruleSet = readJsonFile<RuleSet>(inPath, 'rule set')
  const issues = ruleSetIssues(ruleSet)
  if (issues.length > 0) throw new UsageError(`${inPath} is not a valid rule set:\n  - ${issues.join('\n  - ')}`)
  if (ruleSet.region !== key.region) {
    throw new UsageError(`${inPath} holds rules of region ${ruleSet.region}, but ${keyPath} belongs to region ${key.region}`)
  }
  const signed = signRuleSet(ruleSet, signerOf(key))
  writePublicJson(out, signed)
  io.out(JSON.stringify({ out, region: ruleSet.region, id: ruleSet.id, version: ruleSet.version, kid: key.kid, alg: key.alg }))
  return 0
}

/** Prints the verdict as JSON; exit 0 if accepted, 1 if refused. */
function verify(argv: string[], io: Io): number {
  const { values } = parse(argv, {
    trust: { type: 'string' }, in: { type: 'string' }, 'current-version': { type: 'string' }, at: { type: 'string' }
  })
  const trust = readJsonFile<TrustListJson>(required(values.trust as string | undefined, '--trust'), 'trust list')
  const file = readJsonFile<unknown>(required(values.in as string | undefined, '--in'), 'signed rule set')
  const cv = values['current-version'] as string | undefined
  const currentVersion = cv === undefined ? undefined : Number(cv)
  if (currentVersion !== undefined && !(/^\d+$/.test(cv as string) && Number.isSafeInteger(currentVersion))) {
    throw new UsageError('--current-version must be a whole number')
  }
  const at = parseTime(values.at as string | undefined, '--at')
  const verdict = verifyRuleSet(file, trust, { currentVersion, at })
  if (!verdict.valid) {
    io.out(JSON.stringify(verdict))
    return 1
  }
  const { ruleSet, kid, alg } = verdict
  io.out(JSON.stringify({
    valid: true, region: ruleSet.region, id: ruleSet.id, version: ruleSet.version, validFrom: ruleSet.validFrom,
    rules: ruleSet.rules.map((r) => r.id), kid, alg
  }))
  return 0
}
