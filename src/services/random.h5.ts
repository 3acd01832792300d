// H5: the browser's own crypto.getRandomValues; jsencrypt finds it on `self` by itself.
export { RandomUnavailableError, randomErrorKey } from './random-contract'

export function warmRandom(): void {}

export async function secureRandom(length: number): Promise<Uint8Array> {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** The browser's CSPRNG needs no reseeding. */
export async function reseedRandom(): Promise<void> {}

export async function prepareCryptoGlobal(): Promise<void> {}
