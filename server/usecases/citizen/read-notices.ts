// 标记已读: marks the caller's notices as read (only their own; ids of others' notices change nothing).
import type { noticesRead } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { NoticeStore } from '../../ports/notice-store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export class ReadNotices {
  constructor(private readonly deps: { notices: Pick<NoticeStore, 'markRead'>; clock: Clock }) {}

  async execute(actor: Actor, { ids }: ParsedInputOf<typeof noticesRead>): Promise<{ read: number }> {
    return { read: await this.deps.notices.markRead(actor.accountId, ids, this.deps.clock.now()) }
  }
}
