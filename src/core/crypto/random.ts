// Randomness is a port: WeChat has no crypto.getRandomValues (only the asynchronous wx.getRandomValues),
// so callers hand the core a source they filled from the platform's real CSPRNG.
export type RandomBytes = (length: number) => Uint8Array

/** A pool that an asynchronous platform source fills ahead of time and synchronous code draws from. */
export class RandomPool {
  private pool = new Uint8Array(0)

  add(bytes: Uint8Array): void {
    const next = new Uint8Array(this.pool.length + bytes.length)
    next.set(this.pool)
    next.set(bytes, this.pool.length)
    this.pool = next
  }

  get available(): number {
    return this.pool.length
  }

  /** Throws rather than falling back to Math.random: weak keys are worse than no key. */
  readonly take: RandomBytes = (length: number) => {
    if (this.pool.length < length) throw new Error('random pool exhausted')
    const out = this.pool.slice(0, length)
    this.pool.fill(0, 0, length)
    this.pool = this.pool.slice(length)
    return out
  }
}
