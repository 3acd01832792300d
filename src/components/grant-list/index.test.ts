import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { GrantState, GrantView } from '@core/api/contract/grants'
import GrantList from './index'

const g = (id: string, scope: 'view' | 'hold', state: GrantState, more: Partial<GrantView> = {}): GrantView => ({
  id, side: 'held', scope, purpose: '陪同就医', state, createdAt: 0, expiresAt: Date.parse('2026-12-27T08:00:00Z'), waitingFor: null, other: { name: '张*', phone: '139****0001' }, ...more
})

it('a held, active "hold" grant: whose, what, why, until when, state in words, show and end', () => {
  const html = renderToStaticMarkup(createElement(GrantList, { side: 'held', grants: [g('g1', 'hold', 'active')], busyId: null, onOpen: () => undefined, onRevoke: () => undefined }))
  for (const s of ['张* · 139****0001', '▣ 代 TA 持有并出示健康码', '用途：陪同就医', '✓ 生效中', '有效至 2026-12-27 16:00', 'open-g1', '出示 TA 的健康码', 'revoke-g1', '结束代领']) expect(html).toContain(s)
})

it('a view grant offers its status; an ended grant offers nothing', () => {
  const html = renderToStaticMarkup(createElement(GrantList, { side: 'given', grants: [g('v1', 'view', 'active', { side: 'given' }), g('r1', 'hold', 'revoked', { side: 'given' })], busyId: null, onRevoke: () => undefined }))
  expect(html).toContain('◎ 查看我的健康状态')
  expect(html).toContain('revoke-v1')
  expect(html).toContain('撤销授权')
  expect(html).toContain('⊘ 已撤销')
  expect(html).not.toContain('revoke-r1')
  expect(html).not.toContain('open-')
})

it('my offer waiting for them: only the number I typed, "waiting", and withdraw; a declined one says so', () => {
  const waiting = g('p1', 'hold', 'pending', { side: 'given', waitingFor: 'other', other: { name: null, phone: '139****0042' } })
  const declined = g('d1', 'view', 'declined', { side: 'given', other: { name: null, phone: '139****0043' } })
  const html = renderToStaticMarkup(createElement(GrantList, { side: 'given', grants: [waiting, declined], busyId: null, onRevoke: () => undefined }))
  for (const s of ['139****0042', '⟳ 等待对方接受', 'revoke-p1', '撤回', '⊘ 已拒绝']) expect(html).toContain(s)
  expect(html).not.toContain('revoke-d1')
  expect(html).not.toContain('accept-')
})

it('an offer and a request waiting for my answer: who sent it, what it asks, Accept and Decline', () => {
  const offer = g('o1', 'hold', 'pending', { side: 'held', waitingFor: 'me', other: { name: null, phone: '139****0042' } })
  const request = g('q1', 'view', 'pending', { side: 'given', waitingFor: 'me', other: { name: null, phone: '139****0041' } })
  const html = renderToStaticMarkup(createElement(GrantList, { side: 'incoming', grants: [offer, request], busyId: null, onAnswer: () => undefined }))
  for (const s of ['139****0042 向您发出授权', '代 TA 持有并出示健康码', '139****0041 向您申请', '查看我的健康状态', '⟳ 等待您回复', 'accept-o1', 'decline-o1', 'accept-q1', '接受', '拒绝', 'aria-label="139****0042 向您发出授权"']) expect(html).toContain(s)
  expect(html).not.toContain('revoke-')
})

it('says when there are none', () => {
  expect(renderToStaticMarkup(createElement(GrantList, { side: 'held', grants: [], busyId: null }))).toContain('您还没有代领任何亲友')
  expect(renderToStaticMarkup(createElement(GrantList, { side: 'incoming', grants: [], busyId: null }))).toBe('')
})
