// Client-only types: what the phone derives from the citizen functions' answers or sends itself. The
// answers' own types are in the contract (@core/api/contract/citizen), not restated here.
import type { CaseView, HealthInfo } from '@core/api/contract/citizen'

/** A correction request or an appeal as the pages list it: the list says which kind it is. */
export type OwnCase = Omit<CaseView, 'kind'>

/** health-info as the pages rely on it (health-info.ts): the cases split into corrections and appeals. */
export interface NormalisedHealthInfo extends Omit<HealthInfo, 'cases'> {
  corrections: OwnCase[]
  /** Appeals against a status, newest first, with their decisions. */
  appeals: OwnCase[]
}

/** An image sent with a correction or an appeal (the phone sends images only; the host takes at most 3, each at most 2 MB). */
export interface Attachment {
  mime: 'image/jpeg' | 'image/png'
  dataBase64: string
}
