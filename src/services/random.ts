// Import as `@/services/random`. Taro swaps in random.<TARO_ENV>.ts at build time; this file is what
// the type checker sees and what a platform without a secure source gets: nothing, loudly.
import { RandomUnavailableError } from './random-contract'

export { RandomUnavailableError, randomErrorKey } from './random-contract'

/** Begin filling the pool at launch (mini-programs); nothing elsewhere. */
export function warmRandom(): void {}

/** `length` bytes from the platform's CSPRNG. */
export async function secureRandom(_length: number): Promise<Uint8Array> {
  throw new RandomUnavailableError()
}

/**
 * Fresh entropy into the generator, at each sync: the host's `random-seed` and the phone's own, where the
 * platform has no CSPRNG (Alipay, WeChat plugins: random-fallback.ts). A no-op on WeChat and H5, whose
 * platform sources need none. Never rejects: a failed reseed leaves the generator as it was.
 */
export async function reseedRandom(): Promise<void> {}

/** Make `self.crypto.getRandomValues` real before jsencrypt's module first runs. */
export async function prepareCryptoGlobal(): Promise<void> {
  throw new RandomUnavailableError()
}
