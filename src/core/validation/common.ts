// Field schemas shared by the client forms and the cloud functions.
import { z } from 'zod'
import { MOBILE_NUMBER, normalizePhone } from './phone'
import { parseReference } from './reference-number'

/**
 * Mainland mobile numbers: 11 digits starting with 1[3-9], after the separators and a leading +86 are
 * stripped (phone.ts), so "+86 137-0000-1111" is 13700001111 here as on the phone. The message names the issue code.
 */
export const phoneSchema = z.string({ required_error: 'required' }).transform(normalizePhone).pipe(z.string().regex(MOBILE_NUMBER, 'phone'))

export const otpSchema = z.string({ required_error: 'required' }).trim().regex(/^\d{6}$/, 'otp')

/** GB/T 2260 six-digit administrative division code. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'region')

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)

export const shortText = (max: number) => z.string().trim().min(1).max(max)

/** A case reference as typed by a person ("7kq4 wx2m", "7KQ4-WX2M"), parsed to how the host stores it ("7KQ4WX2M"). */
export const referenceSchema = z.string({ required_error: 'required' }).transform((typed, ctx) => {
  const reference = parseReference(typed)
  if (!reference) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'invalid_format' })
  return reference ?? typed
})
