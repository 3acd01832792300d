import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { emptyFacts } from '@core/rules'
import FactsSummary from './index'

it('puts the facts of an evaluation into lines an auditor can check', () => {
  const facts = {
    ...emptyFacts('2026-11-27T02:00:00Z'),
    declaration: { at: '2026-11-26T01:00:00Z', temperatureTenths: 373, symptoms: ['cough'], contact: 'none' as const },
    trips: [{ region: '420106', from: '2026-11-20', to: '2026-11-24', risk: 'high' as const }],
    contacts: { close: true, secondary: false }
  }
  const html = renderToStaticMarkup(createElement(FactsSummary, { id: 'f', facts }))
  expect(html).toContain('评估时间：2026-11-27 10:00')
  expect(html).toContain('体温 37.3℃；症状 咳嗽；接触 无接触')
  expect(html).toContain('行程 420106：2026-11-20 至 2026-11-24，高风险')
  expect(html).toContain('密接 是 · 次密接 否')
})

it('shows facts of an unknown shape as JSON rather than hiding them', () => {
  expect(renderToStaticMarkup(createElement(FactsSummary, { id: 'f', facts: { odd: 1 } }))).toContain('{&quot;odd&quot;:1}')
})
