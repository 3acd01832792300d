// Wire-format constants of the health code, version 1. docs/code-format.md is the normative text.
import type { IdType } from '../declaration/vocabulary'

export const FORMAT_VERSION = 1
export const TEXT_PREFIX = 'HZ1:'
export const PREFIX_PATTERN = /^HZ(\d+):/
export const DCC_PREFIX = 'HC1:'

/** Standard CWT claim keys (RFC 8392) and confirmation (RFC 8747). */
export const CWT_ISS = 1
export const CWT_EXP = 4
export const CWT_IAT = 6
export const CWT_CNF = 8
export const CNF_KID = 3

/** Our claims sit in one private-use CWT claim (below -65536, RFC 8392 §9.1). */
export const CLAIM_HEALTHCODE = -65537
export const HC_VERSION = 1
export const HC_STATUS = 2
export const HC_SURNAME = 3
export const HC_ID_ENDS = 4
export const HC_HOLDER = 5
export const HC_TEST_UNTIL_H = 6
export const HC_VACCINATED = 7
export const HC_PAPER = 8
/** [ID type code, number length] for a number that is not a resident ID card's (absent: a resident ID card, 18 characters). */
export const HC_ID_TYPE = 9

/** The ID type codes of HC_ID_TYPE: stable, never reused. 0 is never written (no key 9 means a resident ID card). */
export const ID_TYPE_CODES: Record<IdType, number> = {
  'resident-id': 0, passport: 1, 'hk-macao-permit': 2, 'taiwan-permit': 3, 'foreign-permanent-resident': 4, 'hmt-residence-permit': 5
}

/** Revocation lists: a private-use claim carrying [holder, device | null, before] entries. */
export const CLAIM_REVOCATIONS = -65538
export const RV_SEQ = 1
export const RV_ENTRIES = 2

export const COSE_HDR_ALG = 1
export const COSE_HDR_KID = 4
export const COSE_SIGN1_TAG = 18
export const CWT_TAG = 61

export const STATUS_CODES = ['green', 'yellow', 'red'] as const
export type HealthStatus = (typeof STATUS_CODES)[number]

export const HOLDER_PSEUDONYM_BYTES = 8

/** Lifetimes and windows, in seconds. */
export const DEFAULT_LIFETIME_S = 24 * 3600
export const MAX_LIFETIME_S = 7 * 24 * 3600
export const PAPER_DEFAULT_LIFETIME_S = 30 * 24 * 3600
export const PAPER_MAX_LIFETIME_S = 90 * 24 * 3600
export const ISSUED_AT_SKEW_S = 5 * 60
/** A presentation is accepted from 30 s before to 60 s after its time: a screenshot dies within 90 s. */
export const PRESENTATION_MAX_AGE_S = 60
export const PRESENTATION_MAX_AHEAD_S = 30
/** The holder's screen redraws the QR this often. */
export const PRESENTATION_REFRESH_S = 20

export const PRESENTATION_CONTEXT = 'HZ1-presentation'
