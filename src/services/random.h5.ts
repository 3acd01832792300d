// H5: the browser's own crypto.getRandomValues; jsencrypt finds it on `self` by itself.
export { RandomUnavailableError } from './random-contract'

export function warmRandom(): void {}

export async function secureRandom(length: number): Promise<Uint8Array> {
  return crypto.getRandomValues(new Uint8Array(length))
}

export async function prepareCryptoGlobal(): Promise<void> {}
