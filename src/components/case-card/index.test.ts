import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import CaseCard from './index'

it('names the kind, the category, the state with an icon and the masked person', () => {
  const html = renderToStaticMarkup(createElement(CaseCard, {
    onOpen: () => undefined,
    item: { kind: 'appeal', id: 'c1', reference: 'ABCD2345', category: 'status', state: 'open', createdAt: Date.UTC(2026, 10, 27, 1, 30), person: { name: '李*', id: '33**************12', holder: 'h', status: 'red' } }
  }))
  expect(html).toContain('申诉 · 健康码状态')
  expect(html).toContain('◷ 待处理 · 2026-11-27 09:30')
  expect(html).toContain('李*')
  expect(html).toContain('编号 ABCD-2345')
  expect(html).toContain('查看证据')
})

it('shows an unknown category as its code', () => {
  const html = renderToStaticMarkup(createElement(CaseCard, {
    onOpen: () => undefined, item: { kind: 'flag', id: 'f1', reference: null, category: 'rule-error', state: 'open', createdAt: 0, person: null }
  }))
  expect(html).toContain('系统标记 · rule-error')
})
