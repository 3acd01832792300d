import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { VerifierView } from '@core/credential/verifier-view'
import ScanTally from './index'

const view: VerifierView = {
  valid: true, kind: 'healthcode', reasons: [], status: 'red', name: '赵*', id: '33**************21', region: '330100',
  issuedAt: 0, expiresAt: 1, testValidUntil: null, vaccinated: null, paper: false, updateNeeded: false
}
const render = (count: number, last: { seq: number; view: VerifierView } | null) => renderToStaticMarkup(createElement(ScanTally, { count, last }))

it('counts the session and keeps a polite live region, empty before the first scan', () => {
  const html = render(0, null)
  expect(html).toContain('本次已核验 0 人')
  expect(html).toMatch(/<div id="verdict-live"[^>]*role="status"[^>]*aria-live="polite"[^>]*><\/div>/)
})

it('says the latest verdict in words with the region, or with the first reason when refused', () => {
  expect(render(3, { seq: 3, view })).toContain('第 3 人：红码 · 不得通行，杭州市')
  const rejected = { ...view, valid: false, status: null, region: null, reasons: ['revoked'] }
  expect(render(4, { seq: 4, view: rejected })).toContain('第 4 人：无效码 · 不予通过，码已被撤销')
})
