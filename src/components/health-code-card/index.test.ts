import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import HealthCodeCard from './index'

const claims = { region: '330100', issuedAt: 0, expiresAt: Date.parse('2026-11-28T08:00:00Z') / 1000, name: '王*', id: '33**************36', status: 'red' as const }
const statusView = {
  status: 'red' as const, reason: 'high-risk-area', reasonText: { zh: '14天内到过高风险地区', en: 'Visited a high-risk area' }, rule: 'default@1',
  setAt: '2026-11-27T08:00:00Z', exit: { days: 14, checkins: 14, negativeTest: true }, earliestExitAt: '2026-12-11T00:00:00Z',
  exitText: { zh: '转绿条件：隔离满14天（2026-12-11 08:00 之后）、连续打卡14天、核酸阴性', en: 'Turns green after 14 days' }
}

it('shows colour with words and icon, masked identity, live time, region, reason and exit condition', () => {
  const html = renderToStaticMarkup(createElement(HealthCodeCard, {
    claims, regionName: '杭州市', qrUrl: 'data:image/png;base64,AAAA', countdown: 17, now: Date.parse('2026-11-27T08:05:09Z'), statusView, notices: ['code.offline']
  }))
  for (const s of ['红码', '✕', '王*', '33**************36', '杭州市（330100）', '2026-11-27 16:05:09', '17 秒后刷新', '14天内到过高风险地区', '2026-12-11 08:00', '距最早转绿还有 13 天 16 小时', '离线', 'data:image/png;base64,AAAA']) {
    expect(html).toContain(s)
  }
})

it('says so instead of showing an empty frame when the QR could not be drawn', () => {
  const html = renderToStaticMarkup(createElement(HealthCodeCard, { claims, regionName: null, qrUrl: null, countdown: 20, now: 0, statusView: null, notices: [] }))
  expect(html).toContain('二维码生成失败')
  expect(html).not.toContain('赋码原因')
})
