import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { setLang } from '@/i18n'
import NoticeList from './index'

const at = Date.parse('2026-11-27T08:00:00Z')
const notice = (id: string, kind: string, readAt: number | null) => ({
  id, accountId: 'a1', at, kind, readAt,
  text: { title: { zh: '健康码已变为红码', en: 'Your health code is now red' }, body: { zh: '14天内到过高风险地区', en: 'Visited a high-risk area' } }
})

it('shows kind, time (how long ago, then China time), title and body, and marks unread ones in words', () => {
  const html = renderToStaticMarkup(createElement(NoticeList, { notices: [notice('n1', 'status-changed', null), notice('n2', 'appeal', at)], now: at + 3 * 60_000 }))
  for (const s of ['⟳ 状态变更', '3 分钟前（2026-11-27 16:00）', '健康码已变为红码', '14天内到过高风险地区', '● 新消息', '申诉结果']) expect(html).toContain(s)
  expect(html.match(/● 新消息/g)).toHaveLength(1)
})

it('in English, and a notice stamped ahead of the phone\'s corrected clock reads as just now', () => {
  setLang('en')
  try {
    const html = renderToStaticMarkup(createElement(NoticeList, { notices: [notice('n1', 'status-changed', null), { ...notice('n2', 'appeal', null), at: at + 5000 }], now: at + 2 * 3600_000 }))
    expect(html).toContain('2 hours ago (2026-11-27 16:00)')
    const ahead = renderToStaticMarkup(createElement(NoticeList, { notices: [{ ...notice('n2', 'appeal', null), at: at + 5000 }], now: at }))
    expect(ahead).toContain('a few seconds ago (2026-11-27 16:00)')
  } finally {
    setLang('zh-CN')
  }
})

it('survives a notice without a body and an unknown kind', () => {
  const html = renderToStaticMarkup(createElement(NoticeList, { notices: [{ ...notice('n3', 'bulk-alarm', null), text: { title: { zh: '告警', en: 'Alarm' }, body: null } }], now: at }))
  expect(html).toContain('ℹ 通知')
  expect(html).toContain('告警')
})

it('says when there are none', () => {
  expect(renderToStaticMarkup(createElement(NoticeList, { notices: [], now: at }))).toContain('暂无消息')
})
