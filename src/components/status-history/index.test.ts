import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import StatusHistory from './index'

const red = {
  status: 'red' as const, reason: 'high-risk-area', reasonText: { zh: '14天内到过高风险地区', en: 'Visited a high-risk area in the last 14 days' }, rule: 'high-risk-area@1',
  setAt: '2026-11-27T08:00:00Z', exit: { days: 14, checkins: 14, negativeTest: true }, earliestExitAt: '2026-12-11T08:00:00Z',
  exitText: { zh: '转绿条件：隔离满14天', en: 'Turns green after 14 days' }, at: Date.parse('2026-11-27T08:00:00Z'), from: 'green', source: 'audit'
}
const green = { ...red, status: 'green' as const, reason: 'no-risk', reasonText: { zh: '未发现风险', en: 'No risk found' }, exit: null, exitText: null, earliestExitAt: null, at: Date.parse('2026-11-26T02:00:00Z'), from: null }

it('lists every change with colour, time, reason, rule and exit condition', () => {
  const html = renderToStaticMarkup(createElement(StatusHistory, { entries: [red, green] }))
  for (const s of ['红码', '绿码', '2026-11-27 16:00', '14天内到过高风险地区', '转绿条件：隔离满14天', 'high-risk-area@1', '自动评估', '未发现风险']) expect(html).toContain(s)
})

it('says when there is nothing yet', () => {
  expect(renderToStaticMarkup(createElement(StatusHistory, { entries: [] }))).toContain('暂无状态记录')
})
