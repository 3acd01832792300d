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

it('on H5, names the input by its label and describes it by the note and the error, marked invalid', () => {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'h5'
  try {
    const html = renderToStaticMarkup(createElement(TextField, { id: 'id-number', label: '证件号码', value: '', onInput: () => undefined, note: '加密后发送', error: '校验位不正确' }))
    expect(html).toContain('id="id-number-label"')
    expect(html).toContain('id="id-number-note"')
    expect(html).toContain('id="id-number-message"')
  } finally {
    process.env.TARO_ENV = env
  }
})
