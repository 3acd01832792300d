// Field schemas shared by the client forms and the cloud functions.
import { z } from 'zod'

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. The message names the issue code. */
export const phoneSchema = z.string({ required_error: 'required' }).trim().regex(/^1[3-9]\d{9}$/, 'phone')

export const otpSchema = z.string({ required_error: 'required' }).trim().regex(/^\d{6}$/, 'otp')

/** GB/T 2260 six-digit administrative division code. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'region')

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)

export const shortText = (max: number) => z.string().trim().min(1).max(max)
