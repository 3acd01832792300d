import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import FieldMessage from './index'

describe('FieldMessage', () => {
  it('renders nothing without text', () => {
    expect(renderToStaticMarkup(createElement(FieldMessage, { text: '' }))).toBe('')
  })
  it('pairs an error with a symbol, not colour alone', () => {
    const html = renderToStaticMarkup(createElement(FieldMessage, { text: '手机号格式不正确' }))
    expect(html).toContain('⚠')
    expect(html).toContain('手机号格式不正确')
    expect(html).toContain('role="alert"')
  })
  it('carries the id its input is described by', () => {
    expect(renderToStaticMarkup(createElement(FieldMessage, { text: '手机号格式不正确', field: 'phone' }))).toContain('id="phone-message"')
  })
  it('marks info differently', () => {
    const html = renderToStaticMarkup(createElement(FieldMessage, { text: 'sent', kind: 'info' }))
    expect(html).toContain('ℹ')
    expect(html).toContain('aria-live="polite"')
  })
})
