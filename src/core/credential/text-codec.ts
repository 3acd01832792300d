// Text form of codes: "HZ1:" + Base45(CBOR). QR alphanumeric mode carries Base45 at 5.5 bits a character.
import { base45Decode, base45Encode } from '../encoding/base45'
import { cborDecode, cborEncode, CborValue } from '../encoding/cbor'
import { PREFIX_PATTERN, TEXT_PREFIX } from './format'
import type { Reason } from './reasons'

export class DecodeError extends Error {
  constructor(readonly reason: Reason, message: string) {
    super(message)
  }
}

export function encodeText(value: CborValue): string {
  return TEXT_PREFIX + base45Encode(cborEncode(value))
}

/** Prefix, Base45 and CBOR, each failing with its own reason. */
export function decodeText(text: string): CborValue {
  const m = PREFIX_PATTERN.exec(text)
  if (!m) throw new DecodeError('prefix', 'not a health code')
  if (m[0] !== TEXT_PREFIX) throw new DecodeError('unsupported-version', `format version ${m[1]}`)
  let bytes: Uint8Array
  try {
    bytes = base45Decode(text.slice(m[0].length))
  } catch (e) {
    throw new DecodeError('base45', (e as Error).message)
  }
  try {
    return cborDecode(bytes)
  } catch (e) {
    throw new DecodeError('cose', (e as Error).message)
  }
}
