// Every scan is queued in local storage before anything else happens, and leaves the queue only
// when the host has answered for its key. Read-modify-write on each change: a sync in flight never
// loses scans queued meanwhile.
import Taro from '@tarojs/taro'
import type { ScanReport } from '@core/api/contract/verifier'
import type { QueuedScan } from './types'

export const QUEUE_KEY = 'hc.scanQueue'

export function loadQueue(): QueuedScan[] {
  try {
    const v = Taro.getStorageSync(QUEUE_KEY)
    return Array.isArray(v) ? (v as QueuedScan[]) : []
  } catch {
    return []
  }
}

function save(queue: QueuedScan[]): boolean {
  try {
    Taro.setStorageSync(QUEUE_KEY, queue)
    return true
  } catch {
    return false
  }
}

/** false when storage refused it (full): the page says the scan may not be recorded. */
export function enqueue(scan: QueuedScan): boolean {
  const queue = loadQueue()
  if (queue.some((q) => q.idempotencyKey === scan.idempotencyKey)) return true
  return save([...queue, scan])
}

export function removeKeys(keys: readonly string[]): void {
  if (!keys.length) return
  const gone = new Set(keys)
  save(loadQueue().filter((q) => !gone.has(q.idempotencyKey)))
}

export function pendingFor(accountId: string): QueuedScan[] {
  return loadQueue().filter((q) => q.accountId === accountId)
}

/** What scan-record takes: the account stays on the phone (the host knows the caller). */
export function toReport({ accountId: _a, ...report }: QueuedScan): ScanReport {
  return report
}
