import type { Texts } from '@core/rules'

export interface Notice {
  id: string
  accountId: string
  at: number
  kind: 'status-changed' | 'correction' | 'appeal' | 'grant'
  text: { title: Texts; body: Texts }
  readAt: number | null
}

/** In-app notices the holder sees in the app. */
export interface NoticeStore {
  add(notice: Notice): Promise<void>
  list(accountId: string, limit: number): Promise<Notice[]>
  markRead(accountId: string, ids: string[], at: number): Promise<number>
}
