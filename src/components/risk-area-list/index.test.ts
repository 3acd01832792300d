import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import RiskAreaList from './index'

it('puts high-risk areas first, with level words, name and dates', () => {
  const html = renderToStaticMarkup(createElement(RiskAreaList, {
    areas: [
      { regionCode: '330106', level: 'medium', from: '2026-11-20', to: '2026-12-04' },
      { regionCode: '420106', level: 'high', from: '2026-11-01', to: '2026-12-31' }
    ],
    names: { '420106': '湖北省 › 武汉市 › 武昌区' }
  }))
  expect(html.indexOf('✕ 高风险')).toBeLessThan(html.indexOf('! 中风险'))
  expect(html).toContain('湖北省 › 武汉市 › 武昌区（420106）')
  expect(html).toContain('330106')
  expect(html).toContain('2026-11-01 至 2026-12-31')
})

it('says so when there are none', () => {
  expect(renderToStaticMarkup(createElement(RiskAreaList, { areas: [], names: {} }))).toContain('目前没有风险地区')
})
