// `healthcode keys rotate-data-key` and `healthcode keys rotate-issuer`, while the host keeps serving
// (running hosts reload key files within seconds; docs/keys.md).
import { parse, UsageError, Io } from '../args'
import { loadConfig } from '../../runtime/config'
import { createContainer } from '../../runtime/container'
import { addNewKeys, countOld, dropOldKeys, rekeyAll } from '../../adapters/keys/rotate-data-key'
import { activateNextIssuer, announceNextIssuer } from '../../adapters/keys/rotate-issuer'
import { TRUST_LIST_SYNC_SECONDS } from '../../usecases/credential/trust-list'
import type { IssuerAlg } from '@core/crypto/issuer-signature'

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

export async function keys(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv
  const { values } = parse(rest, { 'reload-wait': { type: 'string' }, 'publish-wait': { type: 'string' }, alg: { type: 'string' } })
  const config = loadConfig()
  if (sub === 'rotate-data-key') {
    // Twice the hosts' reload interval (KEY_RELOAD_MS, the same environment as theirs) unless told.
    const wait = Number(values['reload-wait'] ?? (config.keyReloadMs * 2) / 1000) * 1000
    const ids = addNewKeys(config.keysDir)
    await sleep(wait) // running hosts start sealing and hashing with the new keys
    const c = await createContainer(config)
    try {
      const report = await rekeyAll(c.db, config.keysDir)
      dropOldKeys(config.keysDir)
      const remainingOld = await countOld(c.db, ids.data, ids.lookup)
      io.out(JSON.stringify({ ...report, remainingOld }))
      return remainingOld === 0 ? 0 : 1
    } finally {
      await c.close()
    }
  }
  if (sub === 'rotate-issuer') {
    const alg = values.alg as IssuerAlg | undefined
    if (alg && alg !== 'ES256' && alg !== 'SM2') throw new UsageError('--alg must be ES256 or SM2')
    const next = announceNextIssuer(config.keysDir, alg)
    io.err(`announced ${next.kid} in the trust list; activating after the publication wait`)
    await sleep(Number(values['publish-wait'] ?? TRUST_LIST_SYNC_SECONDS) * 1000)
    const { active, retired } = activateNextIssuer(config.keysDir)
    io.out(JSON.stringify({ active: active.kid, alg: active.alg, retired: retired.kid }))
    return 0
  }
  throw new UsageError('usage: healthcode keys rotate-data-key [--reload-wait <s>] | keys rotate-issuer [--alg ES256|SM2] [--publish-wait <s>]')
}
