// The role matrix: for every function, what a call targeting someone else's record looks like, and which
// roles are entitled to see that person's data through it. role-matrix.test.ts calls every function as
// every role and proves nobody else sees anything. A function missing here fails the test.
import { ReturnCode } from '@core/api/return-codes'

/** `pendingStaff`: an auditor an admin created that no second admin has approved yet: no staff power at all. */
export type Role = 'anonymous' | 'stranger' | 'relative' | 'verifier' | 'auditor' | 'admin' | 'otherAdmin' | 'pendingStaff'

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
  /** A staff member's creation by the admin, waiting for a second admin. */
  staffRequestId: string
  /** Two one-row test-result imports by the admin, alike but for one thing: the first names the victim's ID number, the second a number nobody registered. */
  registeredImportId: string
  unregisteredImportId: string
  /** Those two files, base64, as uploaded (uploading one again answers with its import). */
  registeredImportFile: string
  unregisteredImportFile: string
  /** An identity-recovery item: another account tried to bind the victim's ID number; and that attempt. */
  recoveryId: string
  recoveryAttemptId: string
  /** First declarations naming the victim's ID number and a number nobody registered (encrypted, as the app sends them). */
  registeredDeclaration: Record<string, unknown>
  unregisteredDeclaration: Record<string, unknown>
}

export interface Entry {
  input: (v: Victim) => Record<string, unknown>
  /** Roles that legitimately see the victim's (masked) data through this call. */
  sees: Role[]
  /** Roles for which the call acts on the victim's records and so must be refused. */
  refused?: Role[]
}

const STAFF: Role[] = ['auditor', 'admin']
const ALL_BUT: (r: Role[]) => Role[] = keep => (['anonymous', 'stranger', 'relative', 'verifier', 'auditor', 'admin', 'otherAdmin', 'pendingStaff'] as Role[]).filter(r => !keep.includes(r))

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
  // The relative was offered a grant by the victim (the notice names the victim's masked number, as the victim chose).
  'notices-list': { input: () => ({}), sees: ['relative'] },
  'notices-read': { input: v => ({ ids: [v.appealId] }), sees: [] },
  'trust-sync': { input: () => ({}), sees: [] },
  'rules-current': { input: () => ({}), sees: [] },
  // The relative's history shows that they accepted the victim's offer, naming the victim's masked number.
  'access-log': { input: () => ({}), sees: ['relative'] },
  'grant-create': { input: () => ({ otherPhone: '13977770001', scope: 'view', purpose: '照看', days: 3 }), sees: [] },
  'grant-request': { input: () => ({ otherPhone: '13977770001', scope: 'view', purpose: '照看', days: 3 }), sees: [] },
  'grant-accept': { input: v => ({ grantId: v.grantId }), sees: [], refused: ALL_BUT([]) },
  'grant-decline': { input: v => ({ grantId: v.grantId }), sees: [], refused: ALL_BUT([]) },
  'grant-list': { input: () => ({}), sees: ['relative'] },
  'grant-revoke': { input: v => ({ grantId: v.grantId }), sees: ['relative'], refused: ALL_BUT(['relative']) },
  'grant-status': { input: v => ({ grantId: v.grantId }), sees: ['relative'], refused: ALL_BUT(['relative']) },
  'grant-code': { input: v => ({ grantId: v.grantId, devicePublicKey: 'A16+yFyC/2iWkzv4Smvn1S2fAqm26disLgTC/Uu3aeSp' }), sees: [], refused: ALL_BUT([]) },
  // Offers and requests naming the victim's number wait for an in-person check: the region's auditors see both people masked.
  'grant-pending': { input: () => ({}), sees: ['auditor'] },
  'grant-confirm': { input: v => ({ grantId: v.grantId, note: '已核实' }), sees: [], refused: ALL_BUT([]) },
  'code-verify': { input: v => ({ text: v.qr, idempotencyKey: 'matrix-0001' }), sees: ['verifier'] },
  'scan-record': { input: () => ({ scans: [] }), sees: [] },
  'scan-history': { input: () => ({}), sees: [] },
  'scan-stats': { input: () => ({}), sees: [] },
  'staff-create': { input: () => ({ phone: '13977770009', displayName: '测试', role: 'auditor' }), sees: [] },
  'staff-list': { input: () => ({}), sees: [] },
  'staff-update': { input: v => ({ staffId: v.verifierStaffId, status: 'active' }), sees: [], refused: ALL_BUT(['admin']) },
  // The admin asked for it (40305: never their own second approver); the other region's admin does not find it.
  'staff-approve': { input: v => ({ requestId: v.staffRequestId }), sees: [], refused: ALL_BUT([]) },
  // The admin who asked may withdraw it; nobody else but an admin of the region may decide it.
  'staff-reject': { input: v => ({ requestId: v.staffRequestId }), sees: [], refused: ALL_BUT(['admin']) },
  'point-list': { input: () => ({}), sees: [] },
  'point-create': { input: () => ({ name: '矩阵采集点', address: '某路', kind: 'venue' }), sees: [] },
  'point-update': { input: v => ({ pointId: v.pointId, name: '改名' }), sees: [], refused: ALL_BUT(['admin']) },
  'point-close': { input: v => ({ pointId: v.pointId }), sees: [], refused: ALL_BUT(['admin']) },
  'import-upload': { input: () => ({ source: 'risk-areas', fileName: 'x.csv', contentBase64: 'cmVnaW9uX2NvZGUsbGV2ZWwsZnJvbSx0bwo=' }), sees: [] },
  'import-list': { input: () => ({}), sees: [] },
  'import-detail': { input: v => ({ importId: v.importId }), sees: [], refused: ALL_BUT(['admin']) },
  // The uploader (admin) is refused too: the preview is for the second admin who decides.
  'import-preview': { input: v => ({ importId: v.importId }), sees: [], refused: ALL_BUT([]) },
  'import-approve': { input: v => ({ importId: v.importId }), sees: [], refused: ALL_BUT([]) },
  'import-reject': { input: v => ({ importId: v.importId, reason: '不予导入' }), sees: [], refused: ALL_BUT(['admin']) },
  'rules-publish': { input: () => ({ signed: { ruleSet: {}, cose: 'AA==' } }), sees: [] },
  'job-status': { input: v => ({ jobId: v.jobId }), sees: [], refused: ALL_BUT(STAFF) },
  'alarm-list': { input: () => ({}), sees: [] },
  'alarm-resolve': { input: v => ({ alarmId: v.alarmId, action: 'cancel', note: '矩阵' }), sees: [], refused: ALL_BUT([]) },
  // The item shows what the trying account typed, masked (the victim's number and surname): the region's auditors see it.
  'identity-recovery-evidence': { input: v => ({ recoveryId: v.recoveryId }), sees: ['auditor'], refused: ALL_BUT(['auditor']) },
  'identity-recovery-request': { input: v => ({ recoveryId: v.recoveryId, attemptId: v.recoveryAttemptId, note: '矩阵核验' }), sees: [], refused: ALL_BUT(['auditor']) },
  // The auditor asked for it just above (40305: never their own second approver).
  'identity-recovery-approve': { input: v => ({ recoveryId: v.recoveryId }), sees: [], refused: ALL_BUT([]) },
  'identity-recovery-close': { input: v => ({ recoveryId: v.recoveryId, note: '矩阵结案' }), sees: [], refused: ALL_BUT(['auditor']) },
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

/**
 * Oracle cases: a call whose answer must not tell whether *another* person is registered. It
 * is made about two records that differ only in that (Victim's `registered…` and `unregistered…`), as
 * `as`; the two answers (or the parts `pick` takes) must be the same once ids, file names and hashes and
 * times are set aside, and carry no match count (test/support/uploader-view.ts). `secondAdmin` is another
 * admin of the same region, who may decide an import but reads its match preview only through
 * import-preview, logged (not an oracle case: that admin is entitled).
 */
/** `prober`: a declared citizen with no tie to the victim, not a matrix role (what they type may show in their own lists). */
/** `newcomer`: a signed-in, consented account that has not bound an ID number yet. */
export type OracleCaller = Role | 'secondAdmin' | 'prober' | 'newcomer'
export type OracleRecord = 'registered' | 'unregistered'

export interface OracleCase {
  as: OracleCaller
  input: (v: Victim, record: OracleRecord) => Record<string, unknown>
  /** The part of the answer about `record` (default: the whole answer). */
  pick?: (body: any, v: Victim, record: OracleRecord) => unknown
  /** The return code both calls must get (default 0): a refusal must be the same refusal. */
  code?: number
}

const importOf = (v: Victim, r: OracleRecord) => (r === 'registered' ? v.registeredImportId : v.unregisteredImportId)
const byImport: OracleCase['input'] = (v, r) => ({ importId: importOf(v, r) })
const listEntry: OracleCase['pick'] = (body, v, r) => body.data?.imports?.find((i: { id: string }) => i.id === importOf(v, r))
const uploadAlarm: OracleCase['pick'] = (body, v, r) => body.data?.alarms?.find((a: { detail: { import?: string } }) => a.detail.import === importOf(v, r))

/**
 * Phone numbers ("who owns this phone?"): the victim's (signed in and declared), the relative's
 * (signed in, never declared), and numbers nobody ever used. A call naming one of the first two must get
 * the answer it gets for an unused one. Every function whose matrix input carries a phone number needs
 * cases here (role-matrix.test.ts checks it), or a place in PHONE_ORACLE_EXEMPT.
 */
export const PHONES = { victim: '13977770021', neverDeclared: '13977770022', unused: ['13977770041', '13977770042'], prober: '13977770043' }
/** Staff functions that take a phone number: their callers (admins) are entitled to know who is staff. */
export const PHONE_ORACLE_EXEMPT = ['staff-create']

const towards = (registered: string, unused: string, rest: Record<string, unknown>): OracleCase['input'] => (_v, r) => ({ otherPhone: r === 'registered' ? registered : unused, ...rest })
/** A grant's own times differ from call to call. */
const grantTimesSetAside: OracleCase['pick'] = body => JSON.parse(JSON.stringify(body), (k, val) => (k === 'createdAt' || k === 'expiresAt' ? typeof val : val))
const grantOracles = (rest: Record<string, unknown>): OracleCase[] => [
  { as: 'prober', input: towards(PHONES.victim, PHONES.unused[0], rest), pick: grantTimesSetAside },
  { as: 'prober', input: towards(PHONES.neverDeclared, PHONES.unused[1], rest), pick: grantTimesSetAside }
]

export const ORACLES: Record<string, OracleCase[]> = {
  'auth-otp-request': [{ as: 'anonymous', input: (_v, r) => ({ phone: r === 'registered' ? PHONES.victim : PHONES.unused[0] }) }],
  // After the requests above, both numbers have a live code; a wrong guess is the same refusal for both.
  'auth-otp-verify': [{ as: 'anonymous', input: (_v, r) => ({ phone: r === 'registered' ? PHONES.victim : PHONES.unused[0], code: '000000' }), code: ReturnCode.OTP_INVALID }],
  'grant-create': grantOracles({ scope: 'view', purpose: '照看', days: 3 }),
  'grant-request': grantOracles({ scope: 'hold', purpose: '代为亮码', days: 3 }),
  'import-upload': [{ as: 'admin', input: (v, r) => ({ source: 'test-results', fileName: 'again.csv', contentBase64: r === 'registered' ? v.registeredImportFile : v.unregisteredImportFile }) }],
  'import-detail': [{ as: 'admin', input: byImport }, { as: 'secondAdmin', input: byImport }],
  'import-list': [{ as: 'admin', input: () => ({}), pick: listEntry }, { as: 'secondAdmin', input: () => ({}), pick: listEntry }],
  'import-preview': [{ as: 'admin', input: byImport, code: ReturnCode.SECOND_APPROVER_REQUIRED }],
  'alarm-list': [{ as: 'admin', input: () => ({}), pick: uploadAlarm }, { as: 'secondAdmin', input: () => ({}), pick: uploadAlarm }],
  // "Is this ID number registered?" The newcomer's first declaration names the victim's number (bound to the
  // victim: the account is frozen), then a number nobody holds (frozen: not bound): one answer, 40306. The
  // third answer, the lifetime limit, is compared with these in role-matrix.test.ts.
  'health-declare': [{ as: 'newcomer', input: (v, r) => (r === 'registered' ? v.registeredDeclaration : v.unregisteredDeclaration), code: ReturnCode.IDENTITY_CHECK_REQUIRED }]
}
