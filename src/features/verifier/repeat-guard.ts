// The same person's code held in front of the camera is recorded once: a holder seen again within REPEAT_WINDOW_MS
// of the last sighting (their code still in view, or back after a moment) is not recorded again, however often
// the camera reads it and whatever their phone redraws. The key is the holder's pseudonym from the code (the same
// across redraws and renewals); a code without one (a DCC, an unreadable text) is keyed by its text.
import type { Decision } from './decide'

export const REPEAT_WINDOW_MS = 10_000

export function holderKey(decision: Pick<Decision, 'holder'>, text: string): string {
  return decision.holder ? `holder:${decision.holder}` : `text:${text.trim()}`
}

export class RepeatGuard<T> {
  private readonly seen = new Map<string, { at: number; value: T }>()

  constructor(private readonly windowMs = REPEAT_WINDOW_MS, private readonly now: () => number = Date.now) {}

  /** What was recorded for this key, when it was last seen within the window; the sighting counts either way. */
  recent(key: string): T | null {
    const at = this.now()
    const hit = this.seen.get(key)
    if (!hit) return null
    if (at - hit.at > this.windowMs) {
      this.seen.delete(key)
      return null
    }
    hit.at = at
    return hit.value
  }

  /** A new record for this key. */
  note(key: string, value: T): void {
    this.prune()
    this.seen.set(key, { at: this.now(), value })
  }

  /** Seen again (still in view): the window starts over. */
  touch(key: string): void {
    const hit = this.seen.get(key)
    if (hit) hit.at = this.now()
  }

  /** The verifier asked to scan again: the next reading is recorded, the same person included. */
  forget(): void {
    this.seen.clear()
  }

  private prune(): void {
    const at = this.now()
    for (const [key, hit] of this.seen) if (at - hit.at > this.windowMs) this.seen.delete(key)
  }
}
