import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { engineOf } from '../dialect'
import type { Account, AccountStore } from '../../../ports/account-store'

type Row = Database['accounts']
const toAccount = (r: Row): Account => ({ id: r.id, status: r.status, phoneEnc: r.phone_enc, createdAt: Number(r.created_at) })

export class AccountRepository implements AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  async lock(id: string) {
    // SQLite's transactions begin IMMEDIATE and already run one writer at a time.
    if (engineOf(this.db) === 'postgres') await this.db.selectFrom('accounts').select('id').where('id', '=', id).forUpdate().execute()
  }

  async findByPhoneHash(phoneHashes: string | string[]) {
    const r = await this.db.selectFrom('accounts').selectAll().where('phone_hash', 'in', ([] as string[]).concat(phoneHashes)).executeTakeFirst()
    return r ? toAccount(r) : null
  }

  async findByPlatformHash(kind: 'wx' | 'alipay', hashes: string | string[]) {
    const column = kind === 'wx' ? 'wx_openid_hash' : 'alipay_uid_hash'
    const r = await this.db.selectFrom('accounts').selectAll().where(column, 'in', ([] as string[]).concat(hashes)).executeTakeFirst()
    return r ? toAccount(r) : null
  }

  async findById(id: string) {
    const r = await this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? toAccount(r) : null
  }

  async create(a: Account & { phoneHash: string | null; wxOpenidHash?: string | null; wxOpenidEnc?: string | null; alipayUidHash?: string | null; alipayUidEnc?: string | null }) {
    await this.db.insertInto('accounts').values({
      id: a.id, status: a.status, phone_enc: a.phoneEnc, phone_hash: a.phoneHash, created_at: a.createdAt,
      wx_openid_hash: a.wxOpenidHash ?? null, wx_openid_enc: a.wxOpenidEnc ?? null, alipay_uid_hash: a.alipayUidHash ?? null, alipay_uid_enc: a.alipayUidEnc ?? null
    }).execute()
  }

  async wxOpenidEnc(id: string) {
    const r = await this.db.selectFrom('accounts').select('wx_openid_enc').where('id', '=', id).executeTakeFirst()
    return r?.wx_openid_enc ?? null
  }

  async linkPlatform(id: string, kind: 'wx' | 'alipay', hash: string, sealed: string | null = null) {
    const patch = kind === 'wx' ? { wx_openid_hash: hash, wx_openid_enc: sealed } : { alipay_uid_hash: hash, alipay_uid_enc: sealed }
    await this.db.updateTable('accounts').set(patch).where('id', '=', id).execute()
  }

  async unlinkPlatform(kind: 'wx' | 'alipay', hash: string) {
    if (kind === 'wx') await this.db.updateTable('accounts').set({ wx_openid_hash: null, wx_openid_enc: null }).where('wx_openid_hash', '=', hash).execute()
    else await this.db.updateTable('accounts').set({ alipay_uid_hash: null, alipay_uid_enc: null }).where('alipay_uid_hash', '=', hash).execute()
  }

  async setPhone(id: string, phoneHash: string, phoneEnc: string) {
    await this.db.updateTable('accounts').set({ phone_hash: phoneHash, phone_enc: phoneEnc }).where('id', '=', id).execute()
  }

  async setStatus(id: string, status: Account['status']) {
    await this.db.updateTable('accounts').set({ status }).where('id', '=', id).execute()
  }
}
