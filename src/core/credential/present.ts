// The dynamic presentation: the credential plus the device's signature over the current time.
// A screenshot keeps a fixed time, so a verifier rejects it once the window has passed.
import { cborEncode } from '../encoding/cbor'
import { sha256 } from '../crypto/hash'
import { deviceSign } from '../crypto/device-key'
import { buildSign1Value, readSign1, Sign1 } from './cose'
import { decodeText, encodeText } from './text-codec'
import { PRESENTATION_CONTEXT } from './format'

/** What the device signs: the credential's protected header and payload (not its malleable signature) and the time. */
export function presentationDigest(credential: Sign1, time: number): Uint8Array {
  return sha256(cborEncode([PRESENTATION_CONTEXT, credential.protectedBytes, credential.payload, time]))
}

/** Builds the QR text for now (Unix seconds, already corrected by the server offset). */
export function presentCredential(credentialText: string, devicePrivateKey: Uint8Array, nowSeconds: number): string {
  const sign1 = readSign1(decodeText(credentialText))
  const time = Math.floor(nowSeconds)
  const sig = deviceSign(presentationDigest(sign1, time), devicePrivateKey)
  return encodeText([buildSign1Value(sign1.protectedBytes, sign1.payload, sign1.signature), time, sig])
}
