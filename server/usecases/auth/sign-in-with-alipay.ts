// Alipay sign-in: the client's my.getAuthCode code is exchanged on the server for the Alipay user id,
// which finds (or, the first time, creates) the account by its keyed hash; the answer is our session.
// The id is kept sealed beside the hash so a rotation of the hash key re-keys the link (data-fields).
import { AppError } from '@core/api/app-error'
import type { authAlipay, SessionResult } from '@core/api/contract/auth'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { AlipayIdentity } from '../../ports/platform-identity'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import { newId } from '../../kernel/ids'
import type { OpenSession } from './open-session'

export class SignInWithAlipay {
  /** `alipay`: null when the host has no Alipay app configured. */
  constructor(private readonly deps: { alipay: AlipayIdentity | null; store: Store; pii: PiiProtector; clock: Clock; openSession: OpenSession }) {}

  async execute({ authCode }: ParsedInputOf<typeof authAlipay>): Promise<SessionResult> {
    const { alipay, store, pii, clock, openSession } = this.deps
    if (!alipay) throw new AppError('UNAVAILABLE', 'Alipay sign-in is not configured (ALIPAY_APP_ID, ALIPAY_APP_PRIVATE_KEY, ALIPAY_PUBLIC_KEY)')
    const uid = await alipay.userIdFor(authCode)
    const hashes = pii.lookupHashes('alipay', uid)
    return store.transaction(async tx => {
      let account = await tx.accounts.findByPlatformHash('alipay', hashes)
      if (!account) {
        account = { id: newId(), status: 'active', phoneEnc: null, createdAt: clock.now() }
        await tx.accounts.create({ ...account, phoneHash: null, alipayUidHash: hashes[0], alipayUidEnc: pii.seal(uid) })
      } else {
        // Found under any live key: store the link under the active key, sealed, so a rotation keeps it.
        await tx.accounts.linkPlatform(account.id, 'alipay', hashes[0], pii.seal(uid))
      }
      if (account.status !== 'active') throw new AppError('ACCOUNT_DISABLED')
      return openSession.execute(tx, account.id, 'alipay')
    })
  }
}
