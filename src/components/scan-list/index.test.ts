import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ScanList from './index'

it('lists each scan with its verdict in icon and words, colour and reasons', () => {
  const html = renderToStaticMarkup(createElement(ScanList, {
    id: 'scans', scans: [
      { scannedAt: Date.UTC(2026, 10, 27, 2, 0, 5), verdict: 'valid', status: 'green', kind: 'healthcode', reasons: [], offline: true },
      { scannedAt: Date.UTC(2026, 10, 27, 2, 1, 0), verdict: 'invalid', status: null, kind: 'healthcode', reasons: ['stale-presentation'], offline: false }
    ]
  }))
  expect(html).toContain('2026-11-27 10:00:05')
  expect(html).toContain('✓ 有效 · ✓ 绿码')
  expect(html).toContain('离线核验')
  expect(html).toContain('⊘ 无效')
  expect(html).toContain('二维码已失效')
})
