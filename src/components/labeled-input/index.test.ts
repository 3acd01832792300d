import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import LabeledInput from './index'

it('shows the label, the value and the problem with its symbol', () => {
  const html = renderToStaticMarkup(createElement(LabeledInput, { id: 'phone', label: '手机号', value: '138', onInput: () => undefined, error: '手机号格式不正确' }))
  expect(html).toContain('手机号')
  expect(html).toContain('value="138"')
  expect(html).toContain('⚠')
  expect(html).toContain('手机号格式不正确')
})
