import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import OfflineNotice from './index'

const html = (fullPage?: boolean) => renderToStaticMarkup(createElement(OfflineNotice, { onShowCode: () => undefined, fullPage }))

it('says the page needs the network and offers the way back to the code, in words', () => {
  const inline = html()
  expect(inline).toContain('当前无网络，此页面需要联网；您的健康码仍可在首页出示')
  expect(inline).toContain('⚠')
  expect(inline).toMatch(/<button id="offline-show-code"[^>]*>出示健康码<\/button>/)
  expect(inline).toContain('aria-live="polite"')
  expect(inline).not.toContain('role="alert"')
})

it('as the whole screen (a page that could not load) it is announced at once', () => {
  const page = html(true)
  expect(page).toContain('id="page-unavailable"')
  expect(page).toContain('role="alert"')
  expect(page).toContain('offline-notice--page')
  expect(page).toContain('id="unavailable-show-code"')
})
