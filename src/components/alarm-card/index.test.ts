import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import AlarmCard from './index'

const props = { note: '', noteMissing: false, busy: false, onNote: () => undefined, onResolve: () => undefined }

it('an open manual-change alarm says what stopped it and offers release and cancel', () => {
  const html = renderToStaticMarkup(createElement(AlarmCard, { ...props, noteMissing: true, alarm: {
    id: 'a1', region: '330100', kind: 'bulk-manual', state: 'open', raisedAt: Date.UTC(2026, 10, 27, 1, 0), resolvedBy: null, resolvedAt: null,
    detail: { change: 'c1', appliedInLastHourByRequester: 20, appliedInLastHourInRegion: 20, limits: { perAuditorPerHour: 20, perRegionPerHour: 100 } }
  } }))
  expect(html).toContain('⚠ 待处理')
  expect(html).toContain('人工转码超过批量阈值')
  expect(html).toContain('一小时内已生效 20 次（上限 20）')
  expect(html).toContain('放行')
  expect(html).toContain('取消此变更')
  expect(html).toContain('请填写处理说明')
})

it('a resolved import alarm has no buttons', () => {
  const html = renderToStaticMarkup(createElement(AlarmCard, { ...props, alarm: {
    id: 'a2', region: '330100', kind: 'bulk-import', state: 'resolved', raisedAt: 0, resolvedBy: 'x', resolvedAt: 0, detail: { wouldChange: 150, limit: 100 }
  } }))
  expect(html).toContain('✓ 已处理')
  expect(html).toContain('将改变 150 人的状态（上限 100）')
  expect(html).not.toContain('放行')
})
