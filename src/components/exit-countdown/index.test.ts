import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ExitCountdownText from './index'

const now = Date.parse('2026-11-27T08:00:00Z')
const at = (ms: number) => new Date(now + ms).toISOString()

it('says how long until the earliest exit', () => {
  const html = renderToStaticMarkup(createElement(ExitCountdownText, { earliestExitAt: at((3 * 24 + 4) * 3600_000), now }))
  expect(html).toContain('距最早转绿还有 3 天 4 小时')
})

it('says when that time has passed, and renders nothing without one', () => {
  expect(renderToStaticMarkup(createElement(ExitCountdownText, { earliestExitAt: at(-1000), now }))).toContain('已到最早转绿时间')
  expect(renderToStaticMarkup(createElement(ExitCountdownText, { earliestExitAt: null, now }))).toBe('')
})
