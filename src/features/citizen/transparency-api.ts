// The holder's own notices, appeals and access history. Nothing names an account: the host knows the caller.
import { callFunction } from '@/services/cloud'
import type { AccessEntry, Attachment, Notice } from './types'

export const listNotices = () => callFunction<{ notices: Notice[] }>('notices-list', {})
export const markNoticesRead = (ids: string[]) => callFunction<{ read: number }>('notices-read', { ids })
export const fetchAccessLog = () => callFunction<{ entries: AccessEntry[] }>('access-log', {})
export const requestAppeal = (description: string, attachments: Attachment[]) =>
  callFunction<{ id: string; state: string }>('appeal-request', attachments.length ? { description, attachments } : { description })
