import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { DEFAULT_RULE_SET } from '@core/rules'
import RuleList from './index'

it('lists every rule in order with colour in words, reason and exit condition', () => {
  const html = renderToStaticMarkup(createElement(RuleList, { current: { source: 'built-in', version: 1, publishedAt: null, ruleSet: DEFAULT_RULE_SET } }))
  expect(html).toContain('内置默认规则 status-default 第 1 版')
  expect(html).toContain('1.')
  expect(html).toContain('确诊病例')
  expect(html).toContain('红码')
  expect(html).toContain('转绿条件：隔离满14天、连续打卡14天、核酸阴性')
  expect(html).toContain('转绿条件：健康监测满7天')
  expect(html).toContain('red-high-risk-area@1')
  expect(html.indexOf('red-confirmed')).toBeLessThan(html.indexOf('yellow-secondary-contact'))
})
