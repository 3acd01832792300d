import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import CaseList from './index'

const at = Date.parse('2026-11-27T08:00:00Z')

it('shows an open appeal and a decided correction with state in icon and words and the reason', () => {
  const appeal = renderToStaticMarkup(createElement(CaseList, { kind: 'appeal', cases: [{ id: 'a1', reference: '7KQ4WX2M', category: 'status', state: 'open', createdAt: at, decision: null }] }))
  for (const s of ['appeal-a1', '申诉', '○ 待处理', '2026-11-27 16:00', '编号 7KQ4-WX2M']) expect(appeal).toContain(s)
  const decision = { outcome: 'upheld', reasonCode: 'data-error', reasonText: { zh: '数据有误，已更正', en: 'Data corrected' }, at: at + 3600_000 }
  const done = renderToStaticMarkup(createElement(CaseList, { kind: 'correction', cases: [{ id: 'c1', reference: null, category: 'test', state: 'upheld', createdAt: at, decision }] }))
  for (const s of ['核酸检测', '✓ 已更正', '数据有误，已更正', '2026-11-27 17:00']) expect(done).toContain(s)
})

it('says when there is nothing yet', () => {
  expect(renderToStaticMarkup(createElement(CaseList, { kind: 'appeal', cases: [] }))).toContain('暂无申请')
})
