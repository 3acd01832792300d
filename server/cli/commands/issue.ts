import { parse, parseTime, readJsonFile, required, UsageError, Io } from '../args'
import { readDeviceKey, readIssuerKey } from '../key-files'
import { idEndsOf, parseClaimsFile, surnameOf } from '../claims-file'
import { issueCredential } from '@core/credential/issue'
import { signerOf } from '@core/credential/issuer-key'
import { holderPseudonym } from '@core/credential/pseudonym'
import { deviceKeyHash } from '@core/crypto/device-key'
import { fromBase64 } from '@core/encoding/bytes'

export function issue(argv: string[], io: Io): number {
  const { values } = parse(argv, {
    key: { type: 'string' }, claims: { type: 'string' }, 'device-key': { type: 'string' },
    paper: { type: 'boolean' }, at: { type: 'string' }
  })
  const key = readIssuerKey(required(values.key, '--key'))
  const claims = parseClaimsFile(readJsonFile(required(values.claims, '--claims'), 'claims file'))
  const paper = values.paper === true
  if (paper === (values['device-key'] !== undefined)) throw new UsageError('give exactly one of --device-key <file> or --paper')
  if (!paper && !claims.status) throw new UsageError('claims file: status is required for a dynamic code')
  const at = parseTime(values.at, '--at')
  // Verifiers refuse a code issued outside its key's validity (key-usage); say so now rather than print a dead code.
  if (at < Date.parse(key.notBefore) || at > Date.parse(key.notAfter)) {
    throw new UsageError(`the issue time ${new Date(at).toISOString()} is outside this key's validity ` +
      `(${key.notBefore} to ${key.notAfter}); for an earlier time, make the key with keygen --not-before <ISO time>`)
  }
  const device = paper ? null : readDeviceKey(values['device-key'] as string)
  try {
    const issued = issueCredential({
      holder: holderPseudonym(fromBase64(key.pseudonymKey), claims.holder),
      surname: surnameOf(claims.name),
      idEnds: idEndsOf(claims.id),
      status: paper ? undefined : claims.status,
      testValidUntil: claims.testValidUntil ? Math.floor(Date.parse(claims.testValidUntil) / 1000) : undefined,
      vaccinated: claims.vaccinated,
      deviceKeyHash: device ? deviceKeyHash(device.publicKey) : undefined,
      paper,
      issuedAt: Math.floor(at / 1000),
      lifetimeSeconds: claims.lifetimeHours ? claims.lifetimeHours * 3600 : undefined
    }, signerOf(key))
    io.out(issued.text)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  return 0
}
