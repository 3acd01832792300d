import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ImportedRecords from './index'

it('gives each record its file, uploader, approver and times', () => {
  const html = renderToStaticMarkup(createElement(ImportedRecords, {
    me: 'admin-4',
    records: { labs: [], vaccinations: [], contacts: [{ kind: 'close', listedAt: '2026-11-26', importId: 'i1' }] },
    provenance: [{ importId: 'i1', source: 'contacts', fileName: '密接名单.csv', fileHash: 'ab12', uploadedBy: 'admin-1', uploadedAt: Date.UTC(2026, 10, 26, 1),
      approvedBy: 'admin-4', approvedAt: Date.UTC(2026, 10, 26, 2) }]
  }))
  expect(html).toContain('密接名单，列入 2026-11-26')
  expect(html).toContain('来自文件：密接名单.csv（病例与密接名单）')
  expect(html).toContain('上传：admin-1，2026-11-26 09:00')
  expect(html).toContain('批准：您，2026-11-26 10:00')
  expect(html).toContain('SHA-256 ab12')
})

it('says when there are none', () => {
  expect(renderToStaticMarkup(createElement(ImportedRecords, { me: null, records: { labs: [], vaccinations: [], contacts: [] }, provenance: [] }))).toContain('没有导入的记录')
})
