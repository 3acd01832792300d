// The role matrix: for every function, what a call targeting someone else's record looks like, and which
// roles are entitled to see that person's data through it. role-matrix.test.ts calls every function as
// every role and proves nobody else sees anything. A function missing here fails the test.
export type Role = 'anonymous' | 'stranger' | 'relative' | 'verifier' | 'auditor' | 'admin' | 'otherAdmin'

export interface Victim {
  holder: string
  grantId: string
  appealId: string
  correctionId: string
  qr: string
  importId: string
  changeId: string
  pointId: string
  verifierStaffId: string
  jobId: string
  alarmId: string
  attachmentId: string
}

export interface Entry {
  input: (v: Victim) => Record<string, unknown>
  /** Roles that legitimately see the victim's (masked) data through this call. */
  sees: Role[]
  /** Roles for which the call acts on the victim's records and so must be refused. */
  refused?: Role[]
}

const STAFF: Role[] = ['auditor', 'admin']
const ALL_BUT: (r: Role[]) => Role[] = keep => (['anonymous', 'stranger', 'relative', 'verifier', 'auditor', 'admin', 'otherAdmin'] as Role[]).filter(r => !keep.includes(r))

export const MATRIX: Record<string, Entry> = {
  'auth-otp-request': { input: () => ({ phone: '13977770001' }), sees: [] },
  'auth-otp-verify': { input: () => ({ phone: '13977770001', code: '000000' }), sees: [] },
  'auth-session': { input: () => ({}), sees: [] },
  'auth-logout': { input: () => ({}), sees: [] },
  'auth-logout-all': { input: () => ({}), sees: [] },
  'auth-alipay': { input: () => ({ authCode: 'matrixcode' }), sees: [] },
  'consent-status': { input: () => ({}), sees: [] },
  'consent-accept': { input: () => ({ version: 'x' }), sees: [] },
  'transport-key': { input: () => ({}), sees: [] },
  'region-list': { input: () => ({}), sees: [] },
  'random-seed': { input: () => ({}), sees: [] },
  'health-declare': { input: () => ({ health: { temperature: 36.5, symptoms: [], conditions: [] }, trips: [], contact: 'none', tests: [] }), sees: [] },
  'trip-declare': { input: () => ({ trips: [{ region: '330106', from: '2026-11-20', to: '2026-11-21' }] }), sees: [] },
  'checkin': { input: () => ({ temperature: 36.5, symptoms: [] }), sees: [] },
  'health-info': { input: () => ({}), sees: [] },
  'code-generate': { input: () => ({ devicePublicKey: 'A16+yFyC/2iWkzv4Smvn1S2fAqm26disLgTC/Uu3aeSp' }), sees: [] },
  'correction-request': { input: () => ({ category: 'trip', description: '我的行程有误' }), sees: [] },
  'appeal-request': { input: () => ({ description: '请复核我的状态' }), sees: [] },
  'notices-list': { input: () => ({}), sees: [] },
  'notices-read': { input: v => ({ ids: [v.appealId] }), sees: [] },
  'trust-sync': { input: () => ({}), sees: [] },
  'rules-current': { input: () => ({}), sees: [] },
  'access-log': { input: () => ({}), sees: [] },
  'grant-create': { input: () => ({ otherPhone: '13977770001', scope: 'view', purpose: '照看', days: 3 }), sees: [] },
  'grant-request': { input: () => ({ otherPhone: '13977770001', scope: 'view', purpose: '照看', days: 3 }), sees: [] },
  'grant-list': { input: () => ({}), sees: ['relative'] },
  'grant-revoke': { input: v => ({ grantId: v.grantId }), sees: ['relative'], refused: ALL_BUT(['relative']) },
  'grant-status': { input: v => ({ grantId: v.grantId }), sees: ['relative'], refused: ALL_BUT(['relative']) },
  'grant-code': { input: v => ({ grantId: v.grantId, devicePublicKey: 'A16+yFyC/2iWkzv4Smvn1S2fAqm26disLgTC/Uu3aeSp' }), sees: [], refused: ALL_BUT([]) },
  'grant-pending': { input: () => ({}), sees: [] },
  'grant-confirm': { input: v => ({ grantId: v.grantId, note: '已核实' }), sees: [], refused: ALL_BUT([]) },
  'code-verify': { input: v => ({ text: v.qr, idempotencyKey: 'matrix-0001' }), sees: ['verifier'] },
  'scan-record': { input: () => ({ scans: [] }), sees: [] },
  'scan-history': { input: () => ({}), sees: [] },
  'scan-stats': { input: () => ({}), sees: [] },
  'staff-create': { input: () => ({ phone: '13977770009', displayName: '测试', role: 'auditor' }), sees: [] },
  'staff-list': { input: () => ({}), sees: [] },
  'staff-update': { input: v => ({ staffId: v.verifierStaffId, status: 'active' }), sees: [], refused: ALL_BUT(['admin']) },
  'point-list': { input: () => ({}), sees: [] },
  'point-create': { input: () => ({ name: '矩阵采集点', address: '某路', kind: 'venue' }), sees: [] },
  'point-update': { input: v => ({ pointId: v.pointId, name: '改名' }), sees: [], refused: ALL_BUT(['admin']) },
  'point-close': { input: v => ({ pointId: v.pointId }), sees: [], refused: ALL_BUT(['admin']) },
  'import-upload': { input: () => ({ source: 'risk-areas', fileName: 'x.csv', contentBase64: 'cmVnaW9uX2NvZGUsbGV2ZWwsZnJvbSx0bwo=' }), sees: [] },
  'import-list': { input: () => ({}), sees: [] },
  'import-detail': { input: v => ({ importId: v.importId }), sees: [], refused: ALL_BUT(['admin']) },
  'import-approve': { input: v => ({ importId: v.importId }), sees: [], refused: ALL_BUT([]) },
  'import-reject': { input: v => ({ importId: v.importId, reason: '不予导入' }), sees: [], refused: ALL_BUT(['admin']) },
  'rules-publish': { input: () => ({ signed: { ruleSet: {}, cose: 'AA==' } }), sees: [] },
  'job-status': { input: v => ({ jobId: v.jobId }), sees: [], refused: ALL_BUT(STAFF) },
  'alarm-list': { input: () => ({}), sees: [] },
  'alarm-resolve': { input: v => ({ alarmId: v.alarmId, action: 'cancel', note: '矩阵' }), sees: [], refused: ALL_BUT([]) },
  'audit-queue': { input: () => ({}), sees: ['auditor'] },
  'audit-evidence': { input: v => ({ kind: 'appeal', caseId: v.appealId }), sees: ['auditor'], refused: ALL_BUT(['auditor']) },
  'audit-attachment': { input: v => ({ attachmentId: v.attachmentId }), sees: [], refused: ALL_BUT(['auditor']) },
  'case-decide': { input: v => ({ kind: 'correction', caseId: v.correctionId, outcome: 'rejected', reasonCode: 'duplicate', note: '矩阵' }), sees: [], refused: ALL_BUT(['auditor']) },
  'status-change-request': { input: v => ({ subject: { holder: v.holder }, toStatus: 'red', reasonCode: 'lab-confirmed', note: '矩阵', evidence: [{ kind: 'document', ref: 'm' }] }), sees: [], refused: ALL_BUT(['auditor']) },
  'status-change-approve': { input: v => ({ changeId: v.changeId }), sees: [], refused: ALL_BUT([]) },
  'status-change-reject': { input: v => ({ changeId: v.changeId, note: '矩阵' }), sees: [], refused: ALL_BUT(['auditor']) },
  'export-aggregate': { input: () => ({}), sees: [] },
  'export-records': { input: () => ({ purpose: '流行病学调查：矩阵测试' }), sees: ['admin'] }
}
