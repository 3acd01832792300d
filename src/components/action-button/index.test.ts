import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ActionButton from './index'

it('renders its label, kind and id, and can be disabled', () => {
  const html = renderToStaticMarkup(createElement(ActionButton, { id: 'go', label: '登录', kind: 'danger', disabled: true, onClick: () => undefined }))
  expect(html).toBe('<button id="go" class="action-button action-button--danger action-button--off" disabled="">登录</button>')
})

it('leaves the disabled attribute out entirely when enabled (Taro H5 greys out disabled="false")', () => {
  const html = renderToStaticMarkup(createElement(ActionButton, { label: '登录', onClick: () => undefined }))
  expect(html).not.toContain('disabled')
})
