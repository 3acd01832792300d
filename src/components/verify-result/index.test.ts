import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { VerifierView } from '@core/credential/verifier-view'
import VerifyResult from './index'

const at = Date.UTC(2026, 10, 27, 2, 0, 0)
const valid: VerifierView = {
  valid: true, kind: 'healthcode', reasons: [], status: 'green', name: '赵*', id: '33**************21', region: '330100',
  issuedAt: at / 1000 - 600, expiresAt: at / 1000 + 86400, testValidUntil: at / 1000 + 3600, vaccinated: true, paper: false, updateNeeded: false
}
const none = { ...valid, valid: false, status: null, name: null, id: null, region: null, issuedAt: null, expiresAt: null, testValidUntil: null, vaccinated: null }
const render = (view: VerifierView, extra = {}) => renderToStaticMarkup(createElement(VerifyResult, { view, scannedAt: at, ...extra }))

it('a valid green code: icon and words, masked name and ID to compare, validity and checkpoint facts', () => {
  const html = render(valid)
  expect(html).toContain('data-verdict="green"')
  expect(html).toContain('✓')
  expect(html).toContain('绿码 · 可通行')
  expect(html).toContain('赵*')
  expect(html).toContain('33**************21')
  expect(html).toContain('请与身份证比对')
  expect(html).toContain('2026-11-28 10:00')
  expect(html).toContain('核酸检测有效至')
  expect(html).toContain('（当前有效）')
  expect(html).toContain('已完成全程接种')
  // The issuing region by name, offline: 330100 is 杭州市.
  expect(html).toContain('杭州市')
  expect(html).not.toContain('330100')
})

it('a rejected code says why in words and shows no health details', () => {
  const html = render({ ...none, reasons: ['stale-presentation'] })
  expect(html).toContain('⊘')
  expect(html).toContain('无效码')
  expect(html).toContain('id="reason-stale-presentation"')
  expect(html).toContain('二维码已失效')
  expect(html).not.toContain('核酸')
  expect(html).not.toContain('疫苗')
  expect(html).not.toContain('绿码')
})

it('a stale trust list reads "cannot verify: update needed", never valid', () => {
  const html = render({ ...none, reasons: ['trust-list-stale'], updateNeeded: true })
  expect(html).toContain('data-verdict="update"')
  expect(html).toContain('无法核验：需更新核验名单')
  expect(html).not.toContain('可通行')
})

it('a paper code asks for the ID card and shows the status looked up online', () => {
  const paper = { ...valid, kind: 'healthcode-paper' as const, status: null, paper: true, testValidUntil: null, vaccinated: null }
  expect(render(paper, { paper: 'looking' })).toContain('正在联网查询状态')
  const html = render(paper, { paper: 'found', paperStatus: 'yellow' })
  expect(html).toContain('纸质码 · 请核验身份证')
  expect(html).toContain('! 联网查询状态：黄码')
  expect(html).not.toContain('疫苗')
  expect(render(paper, { paper: 'offline' })).toContain('离线：无法查询状态')
})

it('English is available', () => {
  require('@/i18n').setLang('en')
  const html = render({ ...none, reasons: ['revoked'] })
  require('@/i18n').setLang('zh-CN')
  expect(html).toContain('Code rejected')
  expect(html).toContain('Revoked')
})
