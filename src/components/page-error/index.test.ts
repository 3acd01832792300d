import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import PageError from './index'

const html = (error: Parameters<typeof PageError>[0]['error'], offlineOnly?: boolean) => renderToStaticMarkup(createElement(PageError, { error, offlineOnly }))

it('no answer from the host: the offline notice with the way back to the code', () => {
  const offline = html('error.network')
  expect(offline).toContain('当前无网络，此页面需要联网')
  expect(offline).toContain('id="offline-show-code"')
  expect(html('error.network', true)).toBe(offline)
})

it('any other error stays a field message, or nothing for a page that only wants the offline case', () => {
  expect(html('error.internal')).toContain('服务暂时不可用')
  expect(html('error.internal')).not.toContain('offline-show-code')
  expect(html('error.internal', true)).toBe('')
  expect(html(null)).toBe('')
})
