import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import DeskStatus from './index'

const base = { trustAge: 125, trustStale: false, pending: 0, reachable: true, syncing: false, onSync: () => undefined, onUpload: () => undefined }

it('says how fresh the lists are and that everything is uploaded', () => {
  const html = renderToStaticMarkup(createElement(DeskStatus, base))
  expect(html).toContain('✓ 核验名单 2 分钟前更新')
  expect(html).toContain('✓ 扫码记录已全部上传')
  expect(html).not.toContain('离线')
})

it('offline with waiting scans and stale lists: words and icons for each', () => {
  const html = renderToStaticMarkup(createElement(DeskStatus, { ...base, trustStale: true, pending: 3, reachable: false }))
  expect(html).toContain('⚠ 离线')
  expect(html).toContain('⚠ 核验名单已过期')
  expect(html).toContain('⇪ 待上传 3 条扫码记录')
  expect(html).toContain('立即上传')
})
