import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import RegionPicker from './index'
import { regionLabel, isCounty } from '@/features/declaration/use-region-picker'

jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))

it('shows the chosen place without the 市辖区 filler, and its field message', () => {
  const html = renderToStaticMarkup(createElement(RegionPicker, {
    id: 'trip-0-region', label: '到访地区', value: { code: '310101', names: ['上海市', '市辖区', '黄浦区'] }, onChange: () => undefined, error: '请选择有效的行政区划'
  }))
  expect(html).toContain('上海市 › 黄浦区')
  expect(html).toContain('重新选择')
  expect(html).toContain('⚠')
})

it('asks to choose when nothing is chosen', () => {
  expect(renderToStaticMarkup(createElement(RegionPicker, { id: 'r', label: 'x', value: null, onChange: () => undefined }))).toContain('请选择')
})

it('knows county-level codes', () => {
  expect(isCounty('420106')).toBe(true)
  expect(isCounty('420100')).toBe(false)
  expect(regionLabel(['湖北省', '武汉市', '武昌区'])).toBe('湖北省 › 武汉市 › 武昌区')
})
