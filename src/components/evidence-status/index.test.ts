import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { emptyFacts } from '@core/rules'
import EvidenceStatus from './index'

it('shows the colour, the reason, the rule with its version, how it ends and the facts', () => {
  const record = { status: 'red' as const, setAt: '2026-11-27T02:00:00.000Z', ruleId: 'red-high-risk-area', ruleVersion: 1, reason: 'high-risk-area',
    exit: { days: 14, checkins: 14, negativeTest: true }, earliestExitAt: '2026-12-11T02:00:00.000Z' }
  const html = renderToStaticMarkup(createElement(EvidenceStatus, { status: { record, inputs: emptyFacts('2026-11-27T02:00:00Z') } }))
  expect(html).toContain('红码')
  expect(html).toContain('原因：14天内到访高风险地区')
  expect(html).toContain('规则：red-high-risk-area@1')
  expect(html).toContain('设定时间：2026-11-27 10:00')
  expect(html).toContain('转绿条件：隔离满14天（2026-12-11 10:00 之后）')
  expect(html).toContain('id="status-facts"')
})

it('names a manual change as such, with the auditors\' reason', () => {
  const record = { status: 'red' as const, setAt: '2026-11-27T02:00:00.000Z', ruleId: 'manual', ruleVersion: null, reason: 'contact-traced', exit: null, earliestExitAt: null }
  const html = renderToStaticMarkup(createElement(EvidenceStatus, { status: { record, inputs: null } }))
  expect(html).toContain('规则：人工转码')
  expect(html).toContain('原因：流调确认为密切接触')
  expect(html).toContain('须经审核员复核')
})
