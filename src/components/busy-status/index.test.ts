// The busy status follows the gateway's signal, in a polite live region that is there before it speaks.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { setLang } from '@/i18n'
import { busyRetryBegan, busyRetryEnded } from '@/services/busy-status'
import BusyStatus from './index'

const render = () => renderToStaticMarkup(createElement(BusyStatus))

afterEach(() => setLang('zh-CN'))

it('is an empty live region while nothing is being retried', () => {
  const html = render()
  expect(html).toContain('role="status"')
  expect(html).toContain('aria-live="polite"')
  expect(html).not.toContain('重试')
})

it('says "busy, retrying" in words while the gateway waits to retry, and stops saying it after', () => {
  busyRetryBegan()
  try {
    expect(render()).toContain('服务繁忙，正在重试…')
    setLang('en')
    expect(render()).toContain('The service is busy; retrying…')
  } finally {
    busyRetryEnded()
  }
  expect(render()).not.toContain('retrying')
})
