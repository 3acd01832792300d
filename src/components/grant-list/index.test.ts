import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { GrantState } from '@core/api/contract/grants'
import GrantList from './index'

const g = (id: string, scope: 'view' | 'hold', state: GrantState) => ({
  id, side: 'held' as const, scope, purpose: '陪同就医', state, createdAt: 0, expiresAt: Date.parse('2026-12-27T08:00:00Z'), other: { name: '张*', phone: '139****0001' }
})

it('a held, active "hold" grant: whose, what, why, until when, state in words, show and end', () => {
  const html = renderToStaticMarkup(createElement(GrantList, { side: 'held', grants: [g('g1', 'hold', 'active')], busyId: null, onOpen: () => undefined, onRevoke: () => undefined }))
  for (const s of ['张* · 139****0001', '▣ 代 TA 持有并出示健康码', '用途：陪同就医', '✓ 生效中', '有效至 2026-12-27 16:00', 'open-g1', '出示 TA 的健康码', 'revoke-g1', '结束代领']) expect(html).toContain(s)
})

it('a view grant offers its status; an ended grant offers nothing', () => {
  const html = renderToStaticMarkup(createElement(GrantList, { side: 'given', grants: [g('v1', 'view', 'active'), g('r1', 'hold', 'revoked')], busyId: null, onRevoke: () => undefined }))
  expect(html).toContain('◎ 查看我的健康状态')
  expect(html).toContain('revoke-v1')
  expect(html).toContain('撤销授权')
  expect(html).toContain('⊘ 已撤销')
  expect(html).not.toContain('revoke-r1')
  expect(html).not.toContain('open-')
})

it('says when there are none', () => {
  expect(renderToStaticMarkup(createElement(GrantList, { side: 'held', grants: [], busyId: null }))).toContain('您还没有代领任何亲友')
})
