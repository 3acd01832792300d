// The server's native pseudonym function must give exactly the core's holderPseudonym, or revocation
// entries written by the server would not match the codes it issued.
import { randomBytes } from 'node:crypto'
import { holderPseudonym } from '@core/credential/pseudonym'
import { toHex } from '@core/encoding/bytes'
import { nativePseudonyms } from '../../server/adapters/crypto/native-pseudonyms'

it('matches the core holder pseudonym, including non-ASCII references', () => {
  const key = new Uint8Array(randomBytes(32))
  const native = nativePseudonyms(key, 2)
  for (const ref of ['a', 'acc-123', '账号-😀', 'x'.repeat(300), 'a']) {
    expect(toHex(native(ref))).toBe(toHex(holderPseudonym(key, ref)))
  }
})
