// Alipay sign-in: the client's my.getAuthCode code is exchanged on the server for the Alipay user id,
// which finds (or, the first time, creates) the account by its keyed hash; the answer is our session.
// The id is kept sealed beside the hash so a rotation of the hash key re-keys the link (data-fields).
import { AppError } from '@core/api/app-error'
import type { Container } from '../../runtime/container'
import type { AlipayIdentity } from '../../ports/platform-identity'
import { newId } from '../../kernel/ids'
import { openSession } from '../../runtime/use-cases/shared'
import type { SessionResult } from './open-session'

export async function alipaySignIn(c: Container, alipay: AlipayIdentity | null, authCode: string): Promise<SessionResult> {
  if (!alipay) throw new AppError('UNAVAILABLE', 'Alipay sign-in is not configured (ALIPAY_APP_ID, ALIPAY_APP_PRIVATE_KEY, ALIPAY_PUBLIC_KEY)')
  const uid = await alipay.userIdFor(authCode)
  const hashes = c.pii.lookupHashes('alipay', uid)
  return c.store.transaction(async tx => {
    let account = await tx.accounts.findByPlatformHash('alipay', hashes)
    if (!account) {
      account = { id: newId(), status: 'active', phoneEnc: null, createdAt: c.clock.now() }
      await tx.accounts.create({ ...account, phoneHash: null, alipayUidHash: hashes[0], alipayUidEnc: c.pii.seal(uid) })
    } else {
      // Found under any live key: store the link under the active key, sealed, so a rotation keeps it.
      await tx.accounts.linkPlatform(account.id, 'alipay', hashes[0], c.pii.seal(uid))
    }
    if (account.status !== 'active') throw new AppError('ACCOUNT_DISABLED')
    return openSession(c).execute(tx, account.id, 'alipay')
  })
}
