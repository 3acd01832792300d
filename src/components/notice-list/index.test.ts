import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import NoticeList from './index'

jest.mock('@tarojs/components', () => require('../../../test/support/taro-stubs').components)
jest.mock('@tarojs/taro', () => require('../../../test/support/taro-stubs').taro)
jest.mock('./index.css', () => ({}))

const at = Date.parse('2026-11-27T08:00:00Z')
const notice = (id: string, kind: string, readAt: number | null) => ({
  id, at, kind, readAt,
  text: { title: { zh: '健康码已变为红码', en: 'Your health code is now red' }, body: { zh: '14天内到过高风险地区', en: 'Visited a high-risk area' } }
})

it('shows kind, time, title and body, and marks unread ones in words', () => {
  const html = renderToStaticMarkup(createElement(NoticeList, { notices: [notice('n1', 'status-changed', null), notice('n2', 'appeal', at)] }))
  for (const s of ['⟳ 状态变更', '2026-11-27 16:00', '健康码已变为红码', '14天内到过高风险地区', '● 新消息', '申诉结果']) expect(html).toContain(s)
  expect(html.match(/● 新消息/g)).toHaveLength(1)
})

it('survives a notice without a body and an unknown kind', () => {
  const html = renderToStaticMarkup(createElement(NoticeList, { notices: [{ ...notice('n3', 'bulk-alarm', null), text: { title: { zh: '告警', en: 'Alarm' }, body: null } }] }))
  expect(html).toContain('ℹ 通知')
  expect(html).toContain('告警')
})

it('says when there are none', () => {
  expect(renderToStaticMarkup(createElement(NoticeList, { notices: [] }))).toContain('暂无消息')
})
