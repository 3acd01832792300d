import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import PointStatsList from './index'

it('shows each point\'s figures with words, and marks a closed point', () => {
  const html = renderToStaticMarkup(createElement(PointStatsList, {
    points: [
      { pointId: 'p1', name: '文三路核酸采集点', status: 'open', scans: 5, valid: 4, invalid: 1, red: 0, yellow: 1 },
      { pointId: 'p2', name: '旧采集点', status: 'closed', scans: 0, valid: 0, invalid: 0, red: 0, yellow: 0 }
    ]
  }))
  expect(html).toContain('扫码 5')
  expect(html).toContain('✓ 有效 4 · ⊘ 无效 1')
  expect(html).toContain('! 黄码 1')
  expect(html).toContain('旧采集点（⊘ 已关闭）')
})
