// The holder's own notices, appeals and access history. Nothing names an account: the host knows the caller.
import { callFunction } from '@/services/cloud'
import type { Attachment } from './types'

export const listNotices = () => callFunction('notices-list', {})
export const markNoticesRead = (ids: string[]) => callFunction('notices-read', { ids })
export const fetchAccessLog = () => callFunction('access-log', {})
export const requestAppeal = (description: string, attachments: Attachment[]) =>
  callFunction('appeal-request', attachments.length ? { description, attachments } : { description })
