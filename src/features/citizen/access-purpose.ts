// access-log entries name their purpose as the host recorded it: a fixed word (checkpoint, relative,
// view-status, hold-code, case-review, staff-read, show-code; grant-accept, grant-decline, grant-confirm:
// answers to a relatives' grant) or a case reference such as
// "appeal:<id>" for an auditor reading the evidence of a case. Each becomes words the holder reads.
import type { MessageKey } from '@/i18n'

const PURPOSES: Record<string, MessageKey> = {
  checkpoint: 'access.purpose.checkpoint',
  relative: 'access.purpose.relative',
  'view-status': 'access.purpose.view-status',
  'hold-code': 'access.purpose.hold-code',
  'show-code': 'access.purpose.show-code',
  'case-review': 'access.purpose.case-review',
  'staff-read': 'access.purpose.staff-read',
  // Answers to a relatives' grant, on both people's histories.
  'grant-accept': 'access.purpose.grant-accept',
  'grant-decline': 'access.purpose.grant-decline',
  'grant-confirm': 'access.purpose.grant-confirm'
}

const CASES: Record<string, MessageKey> = {
  appeal: 'access.purpose.appeal',
  correction: 'access.purpose.correction',
  flag: 'access.purpose.flag',
  // An auditor reading the binding attempts behind an identity check of this account.
  'identity-recovery': 'access.purpose.identity-recovery'
}

/** The catalog key for a purpose, or null: the page then shows the host's word as it is. */
export function purposeKey(purpose: string): MessageKey | null {
  if (PURPOSES[purpose]) return PURPOSES[purpose]
  const kind = purpose.split(':')[0]
  return purpose.includes(':') && CASES[kind] ? CASES[kind] : null
}

const ROLES = ['verifier', 'auditor', 'admin', 'health_worker', 'enterprise_admin']

/** "陈审核 (auditor)" → the name and the role's catalog key, so the role shows in the reader's language. */
export function splitStaff(who: string): { name: string; role: MessageKey | null } {
  const m = /^(.*) \((\w+)\)$/.exec(who)
  return m && ROLES.includes(m[2]) ? { name: m[1], role: `role.${m[2]}` as MessageKey } : { name: who, role: null }
}
