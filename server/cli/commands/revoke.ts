import { existsSync } from 'node:fs'
import { parse, readJsonFile, readTextFile, required, UsageError, Io } from '../args'
import { readIssuerKey, writePublicJson } from '../key-files'
import { signerOf } from '@core/credential/issuer-key'
import { readRevocationList, RevocationList, RevocationListFile, signRevocationList, withRevocation } from '@core/credential/revocation'
import { decodeText } from '@core/credential/text-codec'
import { readSign1 } from '@core/credential/cose'
import { claimsFromCbor } from '@core/credential/claims'
import { cborDecode, CborValue } from '@core/encoding/cbor'

function credentialClaims(text: string) {
  const value = decodeText(text)
  const cred: CborValue = Array.isArray(value) && value.length === 3 ? value[0] : value
  return claimsFromCbor(cborDecode(readSign1(cred).payload))
}

export function revoke(argv: string[], io: Io): number {
  const { values } = parse(argv, { key: { type: 'string' }, credential: { type: 'string' }, list: { type: 'string' } })
  const key = readIssuerKey(required(values.key, '--key'))
  const listPath = values.list ?? 'revocations.json'
  let claims
  try {
    claims = credentialClaims(readTextFile(required(values.credential, '--credential'), 'credential'))
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError('the credential file does not hold a health code credential')
  }
  if (claims.region !== key.region) throw new UsageError(`the credential was issued by region ${claims.region}, not ${key.region}`)
  let list: RevocationList = { region: key.region, seq: 0, issuedAt: 0, entries: [] }
  if (existsSync(listPath)) {
    try {
      list = readRevocationList(readJsonFile<RevocationListFile>(listPath, 'revocation list')).list
    } catch (e) {
      if (e instanceof UsageError) throw e
      throw new UsageError(`not a revocation list: ${listPath}`)
    }
    if (list.region !== key.region) throw new UsageError(`${listPath} belongs to region ${list.region}`)
  }
  const next = withRevocation(list, { holder: claims.holder, device: null, before: claims.issuedAt }, Date.now() / 1000)
  const file = signRevocationList(next, signerOf(key))
  writePublicJson(listPath, file)
  io.out(JSON.stringify({ list: listPath, region: file.region, seq: file.seq, entries: file.entries.length }))
  return 0
}
