import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import RecoveryCard from './index'

const item = { id: 'r1', state: 'open' as const, openedAt: 0, phoneMasked: '139****0010', attempts: 2, attemptId: null, requestedBy: null, requestedByName: null,
  requestedAt: null, note: null, mine: false, decidedAt: null }
const evidence = { recovery: item, attempts: [
  { id: 'a1', at: 0, idType: 'resident-id', idMasked: '33**************18', nameMasked: '孔*', outcome: 'conflict' as const },
  { id: 'a2', at: 0, idType: 'resident-id', idMasked: '33**************21', nameMasked: null, outcome: 'frozen' as const }
] }
const handlers = { note: '', cardNote: null, busy: false, onShow: () => undefined, onNote: () => undefined, onRequest: () => undefined, onApprove: () => undefined, onClose: () => undefined }

it('names the account that tried by its own masked phone and offers to show the attempts', () => {
  const html = renderToStaticMarkup(createElement(RecoveryCard, { ...handlers, item, evidence: null }))
  expect(html).toContain('尝试绑定的账号：139****0010')
  expect(html).toContain('id="recovery-r1-show"')
  expect(html).toContain('待当面核验')
  expect(html).not.toContain('id="recovery-r1-approve"')
})

it('lists the attempts masked; only a conflicting one can be asked to move', () => {
  const html = renderToStaticMarkup(createElement(RecoveryCard, { ...handlers, item, evidence }))
  expect(html).toContain('居民身份证 33**************18 孔*')
  expect(html).toContain('已属于其他账号')
  expect(html).toContain('id="recovery-r1-request-a1"')
  expect(html).not.toContain('id="recovery-r1-request-a2"')
  expect(html).toContain('id="recovery-r1-close"')
})

it('a requested move shows who checked it, and Approve even on the viewer\'s own request (the host refuses it)', () => {
  const requested = { ...item, state: 'requested' as const, attemptId: 'a1', requestedBy: 'x', requestedByName: '审核员甲', requestedAt: 0, note: '查验原件一致', mine: true }
  const html = renderToStaticMarkup(createElement(RecoveryCard, { ...handlers, item: requested, evidence: { ...evidence, recovery: requested }, cardNote: { key: 'audit.ownRequest', kind: 'error' } }))
  expect(html).toContain('★ 我提交的申请')
  expect(html).toContain('id="recovery-r1-approve"')
  expect(html).toContain('「查验原件一致」')
  expect(html).toContain('不能审批自己提交的申请')
  expect(html).not.toContain('id="recovery-r1-request-a1"')
})
