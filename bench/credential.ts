// npm run bench -- credential: verification on the pure-JS path the mini-program uses, the EU reference
// stack on the same DCC vector, server signing rate, and the size of a real code.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { verify } from '../src/core/credential/verify'
import { createIssuerKey, trustEntryOf } from '../src/core/credential/issuer-key'
import { issueCredential } from '../src/core/credential/issue'
import { presentCredential } from '../src/core/credential/present'
import { prepareTrust } from '../src/core/credential/trust-list'
import { holderPseudonym } from '../src/core/credential/pseudonym'
import { deviceKeyHash, generateDeviceKey } from '../src/core/crypto/device-key'
import { base45Decode } from '../src/core/encoding/base45'
import { fromBase64 } from '../src/core/encoding/bytes'
import type { IssuerAlg } from '../src/core/crypto/issuer-signature'
import { nativeSignerOf } from '../server/adapters/keys/native-signer'
import { referenceVerify } from './dcc-reference'
import { percentile, round, timeEach, timeEachAsync } from './stats'

const root = join(__dirname, '..', '..')
const random = (n: number) => new Uint8Array(randomBytes(n))
const example = JSON.parse(readFileSync(join(root, 'docs', 'examples', 'claims.json'), 'utf8'))
const now = Date.parse('2026-11-27T08:00:00Z')

function dynamicCode(alg: IssuerAlg) {
  const key = createIssuerKey(alg, '330100', random, now - 86400_000)
  const device = generateDeviceKey(random)
  const signer = nativeSignerOf(key)
  const input = {
    holder: holderPseudonym(fromBase64(key.pseudonymKey), example.holder),
    surname: example.name.slice(0, -1), idEnds: example.id.slice(0, 2) + example.id.slice(-2), status: example.status,
    testValidUntil: Date.parse(example.testValidUntil) / 1000, vaccinated: example.vaccinated,
    deviceKeyHash: deviceKeyHash(device.publicKey), issuedAt: now / 1000
  }
  const issued = issueCredential(input, signer)
  const text = presentCredential(issued.text, device.privateKey, now / 1000)
  return { text, trust: prepareTrust({ issuers: [trustEntryOf(key)] }), input, signer }
}

async function main() {
  const es = dynamicCode('ES256')
  const sm = dynamicCode('SM2')
  if (!verify(es.text, es.trust, now).valid || !verify(sm.text, sm.trust, now).valid) throw new Error('bench codes do not verify')
  const esTimes = timeEach(2000, () => verify(es.text, es.trust, now))
  const smTimes = timeEach(300, () => verify(sm.text, sm.trust, now))

  const vector = JSON.parse(readFileSync(join(root, 'test', 'conformance', 'dcc', 'AT', '2DCode', 'raw', '1.json'), 'utf8'))
  const dccTrust = prepareTrust({ dcc: [vector.TESTCTX.CERTIFICATE] })
  const dccNow = Date.parse(vector.TESTCTX.VALIDATIONCLOCK)
  const ours = verify(vector.PREFIX, dccTrust, dccNow)
  if (!ours.valid) throw new Error('DCC vector does not verify: ' + ours.reasons.join(','))
  const dccTimes = timeEach(500, () => verify(vector.PREFIX, dccTrust, dccNow))
  if (!(await referenceVerify(vector.PREFIX, vector.TESTCTX.CERTIFICATE))) throw new Error('reference stack rejects the vector')
  const refTimes = await timeEachAsync(500, () => referenceVerify(vector.PREFIX, vector.TESTCTX.CERTIFICATE))

  const signRuns = 20000
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < signRuns; i++) issueCredential({ ...es.input, issuedAt: es.input.issuedAt + i }, es.signer)
  const signPerS = signRuns / (Number(process.hrtime.bigint() - t0) / 1e9)

  const payloadBytes = base45Decode(es.text.slice(4)).length
  const qrVersion = QRCode.create([{ data: es.text, mode: 'alphanumeric' }] as never, { errorCorrectionLevel: 'M' }).version

  console.log(`dynamic ES256 verify: median ${round(percentile(esTimes, 50))} ms, p99 ${round(percentile(esTimes, 99))} ms`)
  console.log(`dynamic SM2 verify:   median ${round(percentile(smTimes, 50))} ms`)
  console.log(`DCC AT/1 verify:      ours ${round(percentile(dccTimes, 50))} ms, reference (cose-js+base45+pako) ${round(percentile(refTimes, 50))} ms`)
  console.log(`server issuance (native ES256): ${Math.round(signPerS)} credentials/s`)
  console.log(`code for docs/examples/claims.json: ${payloadBytes} bytes, ${es.text.length} characters, QR version ${qrVersion} at M`)
  console.log(JSON.stringify({
    verify_dynamic_median_ms: round(percentile(esTimes, 50)),
    verify_dynamic_p99_ms: round(percentile(esTimes, 99)),
    verify_dynamic_sm2_median_ms: round(percentile(smTimes, 50)),
    verify_dcc_median_ms: round(percentile(dccTimes, 50)),
    verify_dcc_reference_median_ms: round(percentile(refTimes, 50)),
    sign_per_s: Math.round(signPerS),
    payload_bytes: payloadBytes,
    qr_version_m: qrVersion
  }))
}

main().catch(e => { console.error(e); process.exit(1) })
