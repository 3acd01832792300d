import type { Texts } from '@core/rules'

/** Tells a holder outside the app (WeChat subscribe message, SMS…) that their status changed. Best effort. */
export interface Notifier {
  statusChanged(accountId: string, change: { from: string | null; to: string; reason: Texts | null; at: number }): Promise<void>
}
