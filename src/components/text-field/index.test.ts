import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import TextField from './index'

it('shows the label, the note and the field’s own message', () => {
  const html = renderToStaticMarkup(createElement(TextField, { id: 'id-number', label: '证件号码', value: '', onInput: () => undefined, note: '加密后发送', error: '身份证号校验位不正确，请核对' }))
  expect(html).toContain('证件号码')
  expect(html).toContain('加密后发送')
  expect(html).toContain('⚠')
  expect(html).toContain('身份证号校验位不正确')
  expect(html).toContain('id="id-number"')
})
