import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import StatusBadge from './index'

it.each([
  ['green', '✓', '绿码'],
  ['yellow', '!', '黄码'],
  ['red', '✕', '红码']
] as const)('%s carries its own icon and words, not colour alone', (status, icon, label) => {
  const html = renderToStaticMarkup(createElement(StatusBadge, { status }))
  expect(html).toContain(icon)
  expect(html).toContain(label)
  expect(html).toContain(`status-badge--${status}`)
})
