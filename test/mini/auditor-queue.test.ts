// The compiled WeChat auditor queue under miniprogram-simulate: the queue comes through wx.cloud; the
// auditor's own request is marked and its Approve is refused by the host (40305), said on the card; a
// second auditor's approval answered `held` says the change stopped and the admins were alarmed. The
// calls carry only the change id, never an account.
import { loadPage, tap, waitFor, type CloudCall, type LoadedPage } from './simulate'

jest.setTimeout(30_000)

const account = { id: 'au-1', roles: ['citizen', 'auditor'], region: '330100', phoneMasked: '138****0002' }
const person = { name: '王*', id: '33**************07', holder: 'AbCdEfGhIjK', status: 'green' }
const queue = {
  cases: [{ kind: 'appeal', id: 'case-1', category: 'status', state: 'open', createdAt: Date.UTC(2026, 10, 27, 1), person: { ...person, status: 'red' } }],
  changes: [
    { id: 'mine-1', toStatus: 'red', reasonCode: 'contact-traced', state: 'pending', requestedBy: 'au-1', requestedAt: Date.UTC(2026, 10, 27, 2), mine: true, person },
    { id: 'other-1', toStatus: 'yellow', reasonCode: 'lab-confirmed', state: 'pending', requestedBy: 'au-2', requestedAt: Date.UTC(2026, 10, 27, 2), mine: false, person }
  ]
}

function host({ name, data }: CloudCall) {
  if (name === 'auth-session') return { code: 0, message: 'ok', data: { account, serverTime: Date.now() } }
  if (name === 'audit-queue') return { code: 0, message: 'ok', data: queue }
  if (name === 'status-change-approve' && data.changeId === 'mine-1') return { code: 40305, error: 'second_approver_required', message: '须由另一名工作人员审批' }
  if (name === 'status-change-approve') return { code: 0, message: 'ok', data: { id: data.changeId, state: 'held', toStatus: 'yellow', reasonCode: 'lab-confirmed' } }
  return { code: 0, message: 'ok', data: {} }
}

let page: LoadedPage | null = null
afterEach(() => {
  page?.detach()
  page = null
})

const storage = { 'hc.session': { token: 't', expiresAt: Date.now() + 3600_000, account } }

test('the queue shows cases with the person masked and colour in words, and marks the auditor\'s own request', async () => {
  page = await loadPage('packages/staff/pages/audit/index', { cloud: host, storage })
  const text = await waitFor(() => page!.text().includes('我提交的申请') && page!.text(), 5000, 'queue')
  expect(text).toContain('待处理申请（1）')
  expect(text).toContain('申诉 · 健康码状态')
  expect(text).toContain('王*')
  expect(text).toContain('33**************07')
  expect(text).toContain('红码')
  expect(text).toContain('待审批的人工转码（2）')
  expect(text).toContain('流调确认为密切接触')
  expect(text).toContain('申请人工转码')
})

test('approving one\'s own request is refused by the host and the card says why', async () => {
  page = await loadPage('packages/staff/pages/audit/index', { cloud: host, storage })
  await waitFor(() => page!.text().includes('我提交的申请'), 5000, 'queue')
  tap(page.comp, 'change-mine-1-approve')
  await waitFor(() => page!.text().includes('不能审批自己提交的申请：须由另一名审核员批准'), 5000, 'own-request refusal')
  expect(page.calls.filter((c) => c.name === 'status-change-approve')).toEqual([{ name: 'status-change-approve', data: { changeId: 'mine-1' } }])
})

test('a second auditor\'s approval held by the bulk threshold says the admins were alarmed', async () => {
  page = await loadPage('packages/staff/pages/audit/index', { cloud: host, storage })
  await waitFor(() => page!.text().includes('我提交的申请'), 5000, 'queue')
  tap(page.comp, 'change-other-1-approve')
  await waitFor(() => page!.text().includes('已暂停并通知管理员：超过批量转码阈值，转码未生效'), 5000, 'held notice')
})
