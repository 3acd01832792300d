import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { setLang } from '@/i18n'
import StatusHistory from './index'

const red = {
  status: 'red' as const, reason: 'high-risk-area', reasonText: { zh: '14天内到过高风险地区', en: 'Visited a high-risk area in the last 14 days' }, rule: 'red-high-risk-area@1',
  setAt: '2026-11-27T08:00:00Z', exit: { days: 14, checkins: 14, negativeTest: true }, earliestExitAt: '2026-12-11T08:00:00Z',
  exitText: { zh: '转绿条件：隔离满14天', en: 'Turns green after 14 days' }, at: Date.parse('2026-11-27T08:00:00Z'), from: 'green', source: 'rules'
}
const green = { ...red, status: 'green' as const, reason: 'no-risk', reasonText: { zh: '未发现风险', en: 'No risk found' }, exit: null, exitText: null, earliestExitAt: null, at: Date.parse('2026-11-26T02:00:00Z'), from: null, rule: null }
const imported = { ...red, at: Date.parse('2026-11-28T02:00:00Z'), source: 'import' }
const manual = { ...green, reason: 'data-error', reasonText: { zh: '数据有误已核实更正', en: 'Wrong data, verified and corrected' }, rule: 'manual', at: Date.parse('2026-11-29T02:00:00Z'), source: 'manual' }

afterEach(() => setLang('zh-CN'))

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ')

it('lists every change with colour, time, reason, the rules’ version and exit condition', () => {
  const html = renderToStaticMarkup(createElement(StatusHistory, { entries: [red, green] }))
  for (const s of ['红码', '绿码', '2026-11-27 16:00', '14天内到过高风险地区', '转绿条件：隔离满14天', '第 1 版', '未发现风险']) expect(html).toContain(s)
})

it('says who or what changed the status in words, never the stored value or a rule id', () => {
  const zh = textOf(renderToStaticMarkup(createElement(StatusHistory, { entries: [manual, imported, red] })))
  for (const s of ['规则自动判定', '数据导入', '人工核定', '数据有误已核实更正']) expect(zh).toContain(s)
  for (const raw of [/\brules\b/, /\bimport\b/, /\bmanual\b/, /red-high-risk-area/]) expect(zh).not.toMatch(raw)
  setLang('en')
  const en = textOf(renderToStaticMarkup(createElement(StatusHistory, { entries: [manual, imported, red] })))
  for (const s of ['Assessed by the published rules', 'Data import', 'Set by an auditor']) expect(en).toContain(s)
  expect(en).not.toMatch(/red-high-risk-area|\bmanual\b/)
})

it('shows a source it does not know as a plain status update, not as the word stored', () => {
  const html = textOf(renderToStaticMarkup(createElement(StatusHistory, { entries: [{ ...red, source: 'batch-7' }] })))
  expect(html).toContain('状态更新')
  expect(html).not.toContain('batch-7')
})

it('says when there is nothing yet', () => {
  expect(renderToStaticMarkup(createElement(StatusHistory, { entries: [] }))).toContain('暂无状态记录')
})
