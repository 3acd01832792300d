import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import StaffMemberCard from './index'

const point = { id: 'p1', region: '330100', name: '文三路核酸采集点', address: '文三路 100 号', kind: 'collection' as const, status: 'open' as const, createdBy: 'a1', createdAt: 0, updatedAt: 0 }
const member = { staffId: 's1', displayName: '李核验', role: 'verifier' as const, region: '330100', pointId: 'p1', status: 'active' as const, phoneMasked: '139****0001', createdAt: 0 }

it('shows name, masked phone, role, point and status with an icon', () => {
  const html = renderToStaticMarkup(createElement(StaffMemberCard, { member, points: [point], onChange: async () => true }))
  expect(html).toContain('李核验')
  expect(html).toContain('139****0001 · 核验员')
  expect(html).toContain('文三路核酸采集点')
  expect(html).toContain('✓ 在岗')
  expect(html).toContain('停用')
})

it('a disabled member says so in words and offers to enable', () => {
  const html = renderToStaticMarkup(createElement(StaffMemberCard, { member: { ...member, status: 'disabled' }, points: [point], onChange: async () => true }))
  expect(html).toContain('⊘ 已停用')
  expect(html).toContain('data-status="disabled"')
  expect(html).toContain('启用')
})
