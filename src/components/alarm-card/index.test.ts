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

it('an upload is acknowledged by another admin; the uploader is told it is for the others', () => {
  const alarm = {
    id: 'a3', region: '330100', kind: 'import-upload' as const, state: 'open' as const, raisedAt: 0, resolvedBy: null, resolvedAt: null,
    detail: { import: 'i1', source: 'test-results', fileName: '核酸结果.csv', uploadedBy: 'admin-1' }
  }
  const other = renderToStaticMarkup(createElement(AlarmCard, { ...props, me: 'admin-2', onOpenImport: () => undefined, alarm }))
  expect(other).toContain('有管理员上传了导入文件')
  expect(other).toContain('核酸检测结果：核酸结果.csv')
  expect(other).toContain('查看此导入')
  expect(other).toContain('已知悉')
  expect(other).not.toContain('放行')
  const uploader = renderToStaticMarkup(createElement(AlarmCard, { ...props, me: 'admin-1', alarm }))
  expect(uploader).toContain('此告警与您有关，须由其他管理员处理')
  expect(uploader).not.toContain('已知悉')
})

it('repeatedly rejected uploads say how many against the limit', () => {
  const html = renderToStaticMarkup(createElement(AlarmCard, { ...props, me: 'admin-2', alarm: {
    id: 'a4', region: '330100', kind: 'import-rejections', state: 'open', raisedAt: 0, resolvedBy: null, resolvedAt: null,
    detail: { uploadedBy: 'admin-1', rejected: 6, limit: 5, hours: 24, imports: [] }
  } }))
  expect(html).toContain('同一管理员上传的文件被多次驳回')
  expect(html).toContain('其上传的文件 24 小时内被驳回 6 次（上限 5）')
})

it('the uploader\'s copy of a held import shows no count', () => {
  const html = renderToStaticMarkup(createElement(AlarmCard, { ...props, alarm: {
    id: 'a5', region: '330100', kind: 'bulk-import', state: 'open', raisedAt: 0, resolvedBy: null, resolvedAt: null, detail: { limit: 100, uploadedBy: 'admin-1' }
  } }))
  expect(html).toContain('超过批量阈值（上限 100）；涉及人数只向其他管理员显示')
})
