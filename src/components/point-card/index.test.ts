import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import PointCard from './index'

const point = { id: 'p1', region: '330100', name: '文三路核酸采集点', address: '文三路 100 号', kind: 'collection' as const, status: 'open' as const, createdBy: 'a1', createdAt: 0, updatedAt: 0 }

it('an open point shows its kind, address and status with an icon, and offers to close', () => {
  const html = renderToStaticMarkup(createElement(PointCard, { point, onEdit: async () => true, onSetOpen: () => undefined }))
  expect(html).toContain('采集点 · 文三路 100 号')
  expect(html).toContain('✓ 开放中')
  expect(html).toContain('关闭')
})

it('a closed point says so in words and offers to reopen', () => {
  const html = renderToStaticMarkup(createElement(PointCard, { point: { ...point, status: 'closed' }, onEdit: async () => true, onSetOpen: () => undefined }))
  expect(html).toContain('⊘ 已关闭')
  expect(html).toContain('重新开放')
})
