// The citizen's own functions: consent, declarations, the code, notices and the access history.
import { z } from 'zod'
import { defineContract } from './define'

/** The privacy notice's version the caller has read, and whether it is accepted. */
export interface ConsentState {
  version: string
  accepted: boolean
}

export const consentStatus = defineContract<ConsentState>()('consent-status', z.object({}).strict())
export const consentAccept = defineContract<ConsentState>()('consent-accept', z.object({ version: z.string().min(1).max(40) }).strict())

export const CITIZEN_CONTRACTS = [consentStatus, consentAccept] as const
