import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ImportCard from './index'

const base = {
  id: 'i1', region: '330100', source: 'risk-areas' as const, fileName: 'areas.csv', fileHash: 'h', uploadedBy: 'a1', uploadedAt: Date.UTC(2026, 10, 27, 2, 0),
  totalRows: 3, acceptedRows: 2, rejected: [], progress: 100, decidedBy: null, decidedAt: null, jobId: null, error: null, job: null
}

it('shows the file, the source, the state with an icon and the rows', () => {
  const html = renderToStaticMarkup(createElement(ImportCard, { imp: { ...base, state: 'preview' }, onOpen: () => undefined }))
  expect(html).toContain('areas.csv')
  expect(html).toContain('风险地区 · 2026-11-27 10:00')
  expect(html).toContain('◷ 待第二名管理员审批')
  expect(html).toContain('接受 2 / 3 行')
})

it('leaves out row counts while the file is still being read', () => {
  const html = renderToStaticMarkup(createElement(ImportCard, { imp: { ...base, state: 'processing' }, onOpen: () => undefined }))
  expect(html).toContain('⟳ 正在读取和检查')
  expect(html).not.toContain('接受')
})
