// Our DCC verdicts at the edges, side by side with the EU's reference verifier apps (read from their sources):
//  - dgca-app-core-android (decoder): iat must be strictly before now (`issuedAt.isBefore(now)`), exp strictly
//    after (`expirationTime.isAfter(now)`); the DSC is expired only when now is after notAfter; notBefore is not
//    checked. Key usage (X509.isSuitable): a DSC whose extended key usage names any DCC type OID may sign only
//    those types (…1847.2021.1.1/2/3 or the …1.4.1.0.1847… alternates); a DSC with no extended key usage, or with
//    none of those OIDs, may sign all; a DCC whose type is unknown is not checked.
//  - dgca-verifier-app-ios (CertificateValidator): refuses when exp < now or iat > now, so both boundaries pass;
//    the DSC is valid while notAfter > now.
// The two disagree at every time boundary, so a boundary is decided by the specification and each test says which
// reference agrees: exp per RFC 8392/7519 ("on or after which it MUST NOT be accepted"), as Android; iat is the
// issue time and only a future one is refused, as iOS; the DSC's validity per RFC 5280, notBefore and notAfter
// both inclusive (Android on notAfter), and notBefore checked (neither app checks it: stricter here).
import { verifyDcc } from '@core/dcc/verify-dcc'
import { NOW, VACC, ecSigner, makeDcc } from './dcc-support'

const TEST_OID = '1.3.6.1.4.1.1847.2021.1.1'
const VACC_OID = '1.3.6.1.4.1.1847.2021.1.2'
const RECOVERY_OID = '1.3.6.1.4.1.1847.2021.1.3'
const ALT_VACC_OID = '1.3.6.1.4.1.0.1847.2021.1.2'
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1'

const TEST_DCC = {
  ver: '1.3.0', nam: VACC.nam, dob: VACC.dob,
  t: [{ tg: '840539006', tt: 'LP6464-4', nm: 'PCR', sc: '2021-04-30T10:00:00Z', tr: '260415000', tc: 'Lab', co: 'AT', is: 'BMSGPK', ci: 'URN:UVCI:01:AT:TEST#2' }]
}
const RECOVERY_DCC = {
  ver: '1.3.0', nam: VACC.nam, dob: VACC.dob,
  r: [{ tg: '840539006', fr: '2021-04-01', co: 'AT', is: 'BMSGPK', df: '2021-04-12', du: '2021-10-01', ci: 'URN:UVCI:01:AT:TEST#3' }]
}

const reasons = (text: string, certBase64: string, now = NOW) => verifyDcc(text, [certBase64], now).reasons

describe('time boundaries', () => {
  const signer = ecSigner({ notBefore: NOW - 86400, notAfter: NOW + 10 * 86400 })

  test('validation time equal to exp: expired (RFC 8392; Android agrees, iOS would accept)', () => {
    expect(reasons(makeDcc(signer, { exp: NOW }), signer.certBase64)).toEqual(['expired'])
    expect(reasons(makeDcc(signer, { exp: NOW + 1 }), signer.certBase64)).toEqual([])
  })

  test('validation time equal to iat: valid (issued now, not in the future; iOS agrees, Android would refuse)', () => {
    expect(reasons(makeDcc(signer, { iat: NOW }), signer.certBase64)).toEqual([])
    expect(reasons(makeDcc(signer, { iat: NOW + 1 }), signer.certBase64)).toEqual(['not-yet-valid'])
  })

  test('the DSC\'s notAfter is inclusive (RFC 5280; Android agrees, iOS would refuse)', () => {
    const ending = ecSigner({ notBefore: NOW - 86400, notAfter: NOW })
    expect(reasons(makeDcc(ending), ending.certBase64, NOW)).toEqual([])
    expect(reasons(makeDcc(ending), ending.certBase64, NOW + 1)).toEqual(['expired'])
  })

  test('the DSC\'s notBefore is inclusive and checked (RFC 5280; neither reference app checks it)', () => {
    const starting = ecSigner({ notBefore: NOW, notAfter: NOW + 86400 })
    expect(reasons(makeDcc(starting), starting.certBase64, NOW)).toEqual([])
    expect(reasons(makeDcc(starting, { iat: NOW - 3600 }), starting.certBase64, NOW - 1)).toEqual(['not-yet-valid'])
  })
})

describe('extended key usage per certificate type, as both reference apps decide it', () => {
  const cases: [string, string[] | undefined, { v: boolean; t: boolean; r: boolean }][] = [
    ['no extended key usage at all', undefined, { v: true, t: true, r: true }],
    ['an extended key usage without any DCC type OID', [SERVER_AUTH], { v: true, t: true, r: true }],
    ['the vaccination OID only', [VACC_OID], { v: true, t: false, r: false }],
    ['the test OID only', [TEST_OID], { v: false, t: true, r: false }],
    ['the recovery OID only', [RECOVERY_OID], { v: false, t: false, r: true }],
    ['the alternate vaccination OID', [ALT_VACC_OID], { v: true, t: false, r: false }],
    ['test and recovery OIDs, beside serverAuth', [TEST_OID, RECOVERY_OID, SERVER_AUTH], { v: false, t: true, r: true }],
    ['all three', [TEST_OID, VACC_OID, RECOVERY_OID], { v: true, t: true, r: true }]
  ]
  test.each(cases)('a DSC with %s', (_what, eku, allowed) => {
    const signer = ecSigner({ eku })
    for (const [type, hcert] of [['v', VACC], ['t', TEST_DCC], ['r', RECOVERY_DCC]] as const) {
      expect([type, reasons(makeDcc(signer, { hcert }), signer.certBase64)]).toEqual([type, allowed[type] ? [] : ['key-usage']])
    }
  })
})
