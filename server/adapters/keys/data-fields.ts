// Every column that holds a sealed value or a keyed lookup hash, and where a hash's plaintext comes from.
// A key rotation walks exactly these; a test checks that every *_enc and *_hash column is listed.
import type { LookupKind } from '../../ports/pii-protector'

export interface SealedColumn { table: string; key: string; column: string }
export interface HashColumn { table: string; key: string; column: string; from: string; kind: LookupKind }

export const SEALED: SealedColumn[] = [
  { table: 'accounts', key: 'id', column: 'phone_enc' },
  { table: 'accounts', key: 'id', column: 'wx_openid_enc' },
  { table: 'accounts', key: 'id', column: 'alipay_uid_enc' },
  { table: 'citizens', key: 'account_id', column: 'name_enc' },
  { table: 'citizens', key: 'account_id', column: 'id_enc' },
  { table: 'citizens', key: 'account_id', column: 'address_enc' },
  { table: 'citizens', key: 'account_id', column: 'particulars_enc' },
  { table: 'declarations', key: 'id', column: 'data_enc' },
  { table: 'corrections', key: 'id', column: 'description_enc' },
  { table: 'appeals', key: 'id', column: 'description_enc' },
  { table: 'attachments', key: 'id', column: 'data_enc' },
  { table: 'status_changes', key: 'id', column: 'note_enc' },
  { table: 'lab_results', key: 'id', column: 'id_enc' },
  { table: 'vaccinations', key: 'id', column: 'id_enc' },
  { table: 'case_contacts', key: 'id', column: 'id_enc' },
  { table: 'identity_attempts', key: 'id', column: 'id_enc' },
  { table: 'identity_attempts', key: 'id', column: 'name_enc' },
  { table: 'identity_attempts', key: 'id', column: 'address_enc' },
  { table: 'identity_attempts', key: 'id', column: 'particulars_enc' },
  { table: 'identity_recoveries', key: 'id', column: 'note_enc' },
  { table: 'identity_recoveries', key: 'id', column: 'decision_note_enc' },
  { table: 'grants', key: 'id', column: 'phone_enc' }
]

export const HASHED: HashColumn[] = [
  { table: 'accounts', key: 'id', column: 'phone_hash', from: 'phone_enc', kind: 'phone' },
  { table: 'accounts', key: 'id', column: 'wx_openid_hash', from: 'wx_openid_enc', kind: 'openid' },
  { table: 'accounts', key: 'id', column: 'alipay_uid_hash', from: 'alipay_uid_enc', kind: 'alipay' },
  { table: 'citizens', key: 'account_id', column: 'id_hash', from: 'id_enc', kind: 'id' },
  { table: 'lab_results', key: 'id', column: 'id_hash', from: 'id_enc', kind: 'id' },
  { table: 'vaccinations', key: 'id', column: 'id_hash', from: 'id_enc', kind: 'id' },
  { table: 'case_contacts', key: 'id', column: 'id_hash', from: 'id_enc', kind: 'id' },
  { table: 'identity_attempts', key: 'id', column: 'id_hash', from: 'id_enc', kind: 'id' },
  // The phone number a relative's grant was opened towards (what the opener typed).
  { table: 'grants', key: 'id', column: 'phone_hash', from: 'phone_enc', kind: 'phone' }
]

/** Hash columns with no sealed source: their rows are short-lived and simply expire (one-time codes, rate counters). */
export const TRANSIENT_HASHES = ['otp_challenges.phone_hash', 'otp_challenges.code_hash', 'rate_counters.key']
