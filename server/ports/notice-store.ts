import type { Texts } from '@core/rules'

export interface Notice {
  id: string
  accountId: string
  at: number
  /** 'identity': someone tried to bind the holder's ID number, an identity check's outcome, or a binding alarm (admins). */
  kind: 'status-changed' | 'correction' | 'appeal' | 'grant' | 'identity'
  text: { title: Texts; body: Texts }
  readAt: number | null
}

/** In-app notices the holder sees in the app. */
export interface NoticeStore {
  add(notice: Notice): Promise<void>
  list(accountId: string, limit: number): Promise<Notice[]>
  markRead(accountId: string, ids: string[], at: number): Promise<number>
}
