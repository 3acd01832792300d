import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import StaffMemberCard from './index'

const point = { id: 'p1', region: '330100', name: '文三路核酸采集点', address: '文三路 100 号', kind: 'collection' as const, status: 'open' as const, createdBy: 'a1', createdAt: 0, updatedAt: 0 }
const member = {
  staffId: 's1', displayName: '李核验', role: 'verifier' as const, region: '330100', pointId: 'p1', status: 'active' as const, phoneMasked: '139****0001', createdAt: 0,
  createdBy: 'a1', approvedBy: 'a2', approvedAt: 0, request: null
}
const request = { requestId: 'r1', kind: 'create' as const, role: 'auditor' as const, pointId: null, state: 'pending' as const, requestedBy: 'a1', requestedByName: '王管理', requestedAt: 0, mine: false }

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

it('a member waiting for approval says so, and offers another admin Approve and Reject', () => {
  const html = renderToStaticMarkup(createElement(StaffMemberCard, { member: { ...member, role: 'auditor', pointId: null, status: 'pending', request }, points: [point], onChange: async () => true }))
  expect(html).toContain('⏳ 待审批，暂无权限')
  expect(html).toContain('新增为审核员 — 由 王管理 申请')
  expect(html).toContain('id="staff-s1-approve"')
  expect(html).toContain('id="staff-s1-reject"')
  expect(html).not.toContain('id="staff-s1-toggle"')
})

it('to the admin who asked, the request shows as waiting for a second admin, with no Approve', () => {
  const html = renderToStaticMarkup(createElement(StaffMemberCard, { member: { ...member, request: { ...request, kind: 'role', mine: true } }, points: [point], onChange: async () => true }))
  expect(html).toContain('改为审核员')
  expect(html).toContain('等待另一名管理员审批')
  expect(html).toContain('撤回申请')
  expect(html).not.toContain('id="staff-s1-approve"')
})
