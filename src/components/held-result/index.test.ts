import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { VerifierView } from '@core/credential/verifier-view'
import HeldResult, { type HeldResultProps } from './index'

const view: VerifierView = {
  valid: true, kind: 'healthcode', reasons: [], status: 'green', name: '赵*', id: '33**************21', region: '330100',
  issuedAt: 0, expiresAt: 1, testValidUntil: null, vaccinated: null, paper: false, updateNeeded: false
}
const base: HeldResultProps = {
  view, scannedAt: Date.UTC(2026, 10, 27, 2), paper: 'none', paperStatus: null, repeat: false, queued: true, holdSeconds: 2, paused: false,
  onTogglePause: () => undefined, onNext: () => undefined
}
const render = (p: Partial<HeldResultProps> = {}) => renderToStaticMarkup(createElement(HeldResult, { ...base, ...p }))

it('on shift: the result, when scanning resumes, a way to keep it up, and scan next', () => {
  const html = render()
  expect(html).toContain('绿码 · 可通行')
  expect(html).toContain('结果显示 2 秒后自动继续扫码')
  expect(html).toContain('id="pause-result"')
  expect(html).toContain('保持显示')
  expect(html).toContain('id="scan-next"')
  expect(html).not.toContain('id="repeat-note"')
})

it('paused: says how to go on; a repeat says it was not recorded again; off shift there is no timer', () => {
  expect(render({ paused: true })).toContain('已暂停：点击结果或“继续扫码”继续')
  expect(render({ paused: true })).toContain('data-paused="true"')
  expect(render({ repeat: true })).toContain('同一人 10 秒内不重复记录')
  const off = render({ holdSeconds: null })
  expect(off).not.toContain('id="pause-result"')
  expect(off).not.toContain('自动继续扫码')
})
