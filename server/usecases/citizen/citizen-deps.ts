import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Clock } from '../../ports/clock'
import type { IdDecrypter } from '../../ports/id-decrypter'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { AssessCitizen } from '../assessment/assess-citizen'

/** The ports the citizen's use cases share. */
export interface CitizenDeps {
  store: Store
  pii: PiiProtector
  clock: Clock
  ids: IdDecrypter
  audit: AssessCitizen
  signer: IssuerSigner
  pseudonymOf: (accountId: string) => Uint8Array
  region: string
  /** Counts an issued code for the region's daily figures. */
  onIssued?: (region: string) => void
}
