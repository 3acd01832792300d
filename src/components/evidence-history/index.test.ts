import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import EvidenceHistory from './index'

it('lists each change with from → to in icons and words, its rule and its source', () => {
  const html = renderToStaticMarkup(createElement(EvidenceHistory, { me: 'a2', history: [
    { at: Date.UTC(2026, 10, 27, 2), from: 'green', source: 'manual', actor: 'a1+a2', inputs: null,
      record: { status: 'red', setAt: '', ruleId: 'manual', ruleVersion: null, reason: 'contact-traced', exit: null, earliestExitAt: null } },
    { at: Date.UTC(2026, 10, 26, 2), from: null, source: 'rules', actor: 'c1', inputs: null,
      record: { status: 'green', setAt: '', ruleId: null, ruleVersion: null, reason: null, exit: null, earliestExitAt: null } }
  ] }))
  expect(html).toContain('2026-11-27 10:00 · ✓ 绿码 → ✕ 红码')
  expect(html).toContain('来源：人工转码（双人复核） · 操作人：a1 + 您')
  expect(html).toContain('原因：流调确认为密切接触 · 规则：人工转码')
  expect(html).toContain('来源：规则评估')
})
