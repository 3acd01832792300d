import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ChangeCard from './index'

const change = { id: 'x1', toStatus: 'red' as const, reasonCode: 'contact-traced', state: 'pending' as const, requestedBy: 'a', requestedByName: null, requestedAt: 0, note: '流调', mine: true,
  evidence: [{ kind: 'correction', ref: 'c9' }, { kind: 'document', ref: 'FD-1' }],
  person: { name: '王*', id: '33**************07', holder: 'h', status: 'green' as const } }
const handlers = { rejectNote: '', busy: false, onRejectNote: () => undefined, onApprove: () => undefined, onReject: () => undefined }

it('marks the viewer\'s own request and still offers Approve (the host refuses it)', () => {
  const html = renderToStaticMarkup(createElement(ChangeCard, { ...handlers, change, note: { key: 'audit.ownRequest', kind: 'error' } }))
  expect(html).toContain('★ 我提交的申请')
  expect(html).toContain('data-mine="yes"')
  expect(html).toContain('id="change-x1-approve"')
  expect(html).toContain('流调确认为密切接触')
  expect(html).toContain('✕')
  expect(html).toContain('不能审批自己提交的申请')
  expect(html).toContain('关联证据：纠错 c9')
  expect(html).toContain('关联证据：文书编号 FD-1')
})

it('a held change says the admins were alarmed and cannot be approved again', () => {
  const html = renderToStaticMarkup(createElement(ChangeCard, { ...handlers, change: { ...change, mine: false, state: 'held' }, note: null }))
  expect(html).toContain('⏸ 已暂停并通知管理员')
  expect(html).not.toContain('id="change-x1-approve"')
  expect(html).not.toContain('我提交的申请')
})
