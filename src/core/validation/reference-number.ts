// The short reference of a correction or an appeal: what a person reads out on a hotline and a member of
// staff types back. 8 characters from 32 that cannot be mistaken for one another when read or heard
// (no 0/O, no 1/I), shown as two groups of four ("7KQ4-WX2M"), and taken back in any case, with or
// without the dash or spaces. 32^8 ≈ 1.1 × 10^12 values: the host draws them from its CSPRNG and
// retries on the rare collision (server/usecases/citizen/case-reference.ts). No zod here: the apps show
// references on pages that do not carry the schema library; the contracts' schema is in common.ts.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const REFERENCE_LENGTH = 8

const CANONICAL = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`)

/**
 * A reference from `REFERENCE_LENGTH` random bytes. The alphabet has 32 letters and 256 is a multiple
 * of 32, so taking each byte modulo 32 is uniform.
 */
export function referenceFromBytes(bytes: Uint8Array): string {
  if (bytes.length < REFERENCE_LENGTH) throw new Error(`a reference needs ${REFERENCE_LENGTH} random bytes`)
  let out = ''
  for (let i = 0; i < REFERENCE_LENGTH; i++) out += REFERENCE_ALPHABET[bytes[i] % REFERENCE_ALPHABET.length]
  return out
}

/** "7kq4 wx2m", "7KQ4-WX2M", "7KQ4WX2M" → "7KQ4WX2M"; anything that is not a reference → null. */
export function parseReference(input: string): string | null {
  const compact = input.replace(/[\s\-\u2010-\u2015\u3000]/g, '').toUpperCase()
  return CANONICAL.test(compact) ? compact : null
}

/** "7KQ4WX2M" → "7KQ4-WX2M", for reading aloud; a value that is not a reference is shown as it is. */
export function formatReference(reference: string): string {
  const r = parseReference(reference)
  return r ? `${r.slice(0, 4)}-${r.slice(4)}` : reference
}
