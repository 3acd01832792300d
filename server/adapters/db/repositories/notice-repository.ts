import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { Notice, NoticeStore } from '../../../ports/notice-store'

export class NoticeRepository implements NoticeStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(n: Notice) {
    await this.db.insertInto('notices').values({ id: n.id, account_id: n.accountId, at: n.at, kind: n.kind, text_json: JSON.stringify(n.text), read_at: n.readAt }).execute()
  }

  async list(accountId: string, limit: number) {
    const rows = await this.db.selectFrom('notices').selectAll().where('account_id', '=', accountId).orderBy('at', 'desc').limit(limit).execute()
    return rows.map(r => ({ id: r.id, accountId: r.account_id, at: Number(r.at), kind: r.kind as Notice['kind'], text: JSON.parse(r.text_json), readAt: r.read_at === null ? null : Number(r.read_at) }))
  }

  async markRead(accountId: string, ids: string[], at: number) {
    if (ids.length === 0) return 0
    const r = await this.db.updateTable('notices').set({ read_at: at }).where('account_id', '=', accountId).where('id', 'in', ids).where('read_at', 'is', null).executeTakeFirst()
    return Number(r.numUpdatedRows)
  }
}
