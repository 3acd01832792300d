import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import TripList from './index'

jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))

const trip = { key: 1, region: { code: '420106', names: ['湖北省', '武汉市', '武昌区'] }, from: '2026-11-20', to: '2026-11-19' }

it('shows each trip with its place, its dates and the message for each of its fields', () => {
  const html = renderToStaticMarkup(createElement(TripList, {
    trips: [trip], today: '2026-11-27', onChange: () => undefined, error: (p: string) => (p === 'trips.0.to' ? '结束日期不能早于开始日期' : null)
  }))
  expect(html).toContain('行程 1')
  expect(html).toContain('湖北省 › 武汉市 › 武昌区')
  expect(html).toContain('结束日期不能早于开始日期')
  expect(html).toContain('id="add-trip"')
})

it('says there were no trips when the list is empty', () => {
  expect(renderToStaticMarkup(createElement(TripList, { trips: [], today: '2026-11-27', onChange: () => undefined, error: () => null }))).toContain('没有离开本地')
})
