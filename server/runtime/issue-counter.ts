// Counts codes issued per region and China day without a write per refresh: counts gather in memory
// and are added to the store every few seconds (and before a dashboard reads them).
import { chinaDate } from '@core/declaration/schema'
import type { CounterStore } from '../ports/counter-store'
import type { Clock } from '../ports/clock'
import { logError } from '../kernel/log'

export class IssueCounter {
  private pending = new Map<string, number>()
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(private readonly store: CounterStore, private readonly clock: Clock, private readonly intervalMs = 5000) {}

  issued(region: string): void {
    const key = region + '|' + chinaDate(this.clock.now())
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1)
    if (!this.timer) {
      this.timer = setInterval(() => { this.flush().catch(e => logError('counter flush', e)) }, this.intervalMs)
      this.timer.unref?.()
    }
  }

  async flush(): Promise<void> {
    const batch = this.pending
    this.pending = new Map()
    for (const [key, n] of batch) {
      const [region, day] = key.split('|')
      await this.store.add(region, day, 'codes-issued', n)
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
