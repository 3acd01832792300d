// Reads the claims of the holder's own credential for display on their phone. It does not verify the
// signature: the holder's app got it from the server over an authenticated channel, and what it draws
// is checked by the verifier anyway. Never use this to decide anything about someone else's code.
import { cborDecode } from '../encoding/cbor'
import { claimsFromCbor, CredentialContent, HealthCodeClaims, reportClaims } from './claims'
import { headerAlg, headerKid, readSign1 } from './cose'
import { decodeText } from './text-codec'
import { algFromCoseId } from '../crypto/issuer-signature'

export function readOwnCredential(text: string): { content: CredentialContent; claims: HealthCodeClaims } | null {
  try {
    const sign1 = readSign1(decodeText(text))
    const content = claimsFromCbor(cborDecode(sign1.payload))
    return { content, claims: reportClaims(content, headerKid(sign1) ?? new Uint8Array(0), algFromCoseId(headerAlg(sign1)) ?? '') }
  } catch {
    return null
  }
}
