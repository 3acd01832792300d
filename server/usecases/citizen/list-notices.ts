// 消息: the caller's in-app notices (status changes, decisions on corrections and appeals), newest first.
import type { Notice } from '@core/api/contract/citizen'
import type { NoticeStore } from '../../ports/notice-store'
import type { Actor } from '../actor'

export class ListNotices {
  constructor(private readonly deps: { notices: Pick<NoticeStore, 'list'> }) {}

  async execute(actor: Actor): Promise<{ notices: Notice[] }> {
    return { notices: await this.deps.notices.list(actor.accountId, 50) }
  }
}
