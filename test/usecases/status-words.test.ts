// What the holder reads about a status: a region's rules may use reason codes of their own, and the
// holder then reads the description of the rule that set it (docs/rules.md), never the code or a rule id.
import { DEFAULT_RULE_SET, type RuleSet, type StatusRecord } from '@core/rules'
import type { HealthInfoDeps } from '../../server/usecases/citizen/get-health-info'
import { GetHealthInfo } from '../../server/usecases/citizen/get-health-info'
import type { Actor } from '../../server/usecases/actor'

const at = Date.parse('2026-11-27T08:00:00+08:00')
const record = (ruleId: string, reason: string): StatusRecord => ({
  status: 'yellow', setAt: new Date(at).toISOString(), ruleId, ruleVersion: 2, reason, exit: { days: 7, checkins: 0, negativeTest: false }, earliestExitAt: new Date(at + 7 * 86_400_000).toISOString()
})

const published: RuleSet = {
  ...DEFAULT_RULE_SET, version: 2,
  rules: [...DEFAULT_RULE_SET.rules, {
    id: 'yellow-cold-chain', description: { zh: '从事进口冷链工作', en: 'Works with imported cold-chain goods' },
    when: { '===': [{ var: 'cases.suspected' }, true] }, status: 'yellow', reason: 'cold-chain', exit: { days: 7, checkins: 0, negativeTest: false }
  }]
}

function healthInfo(current: StatusRecord, history: StatusRecord[], rules: RuleSet | null) {
  const deps: HealthInfoDeps = {
    citizens: { find: async () => ({ accountId: 'a1', region: '330100', surname: '李', idType: 'resident-id', idEnds: '1234' } as never), hasConsent: async () => true },
    statuses: {
      find: async () => ({ accountId: 'a1', region: '330100', record: current, inputs: {}, revokedBefore: null, evaluatedAt: at, testValidUntil: null, vaccinated: false }),
      history: async () => history.map((r, i) => ({ id: `h${i}`, accountId: 'a1', at: at - i, from: null, record: r, inputs: {}, source: 'rules' as const, actor: 'a1' }))
    },
    declarations: { checkinDays: async () => [] },
    cases: { forAccount: async () => [] },
    devices: { find: async () => null },
    ruleSets: { latest: async () => (rules ? { region: '330100', version: rules.version, file: { ruleSet: rules, cose: '' }, publishedBy: 'x', publishedAt: at } : null) },
    clock: { now: () => at }
  }
  return new GetHealthInfo(deps).execute({ accountId: 'a1' } as Actor)
}

it('a reason code of the region’s own reads as the description of the rule that set it', async () => {
  const custom = record('yellow-cold-chain', 'cold-chain')
  const info = await healthInfo(custom, [custom], published)
  expect(info.status?.reasonText).toEqual({ zh: '从事进口冷链工作', en: 'Works with imported cold-chain goods' })
  expect(info.history[0].reasonText).toEqual({ zh: '从事进口冷链工作', en: 'Works with imported cold-chain goods' })
})

it('never shows the bare code when no rule describes it, and leaves known reasons as they are', async () => {
  const lost = record('yellow-gone', 'gone-rule')
  const known = record('yellow-medium-risk-area', 'medium-risk-area')
  const info = await healthInfo(known, [lost, known], null)
  expect(info.history[0].reasonText).toBeNull()
  expect(info.history[1].reasonText).toEqual({ zh: '14天内到访中风险地区', en: 'Visited a medium-risk area within 14 days' })
  expect(JSON.stringify(info.history)).not.toMatch(/"zh":"gone-rule"/)
})
