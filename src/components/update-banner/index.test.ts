import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import UpdateBanner from './index'

it('is a polite status with one button that says what it does', () => {
  const html = renderToStaticMarkup(createElement(UpdateBanner, { onReload: () => undefined }))
  expect(html).toContain('role="status"')
  expect(html).toContain('aria-live="polite"')
  expect(html).toMatch(/<button id="app-update-reload"[^>]*>有新版本，点击刷新<\/button>/)
})
