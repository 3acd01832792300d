// One schema for the declaration, used by the client form and by the cloud function. Dates are checked
// against "today" in China time, which the caller supplies (the server from its clock, the phone from
// its corrected clock), so nothing here reads a clock of its own.
import { z } from 'zod'
import { regionCodeSchema } from '../validation/common'
import { checkId, particularIssues } from '../identity/id-types'
import type { IdIssue } from '../identity/id-issue'
import { CONDITIONS, CONTACT_LEVELS, ID_TYPES, SEXES, SYMPTOMS, TEST_RESULTS, TRIP_WINDOW_DAYS } from './vocabulary'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const dateString = z.string().regex(DATE, 'invalid_format')

/** YYYY-MM-DD in China Standard Time (UTC+8, no daylight saving). */
export function chinaDate(epochMs: number): string {
  return new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 10)
}

function addDays(date: string, days: number): string {
  const t = Date.parse(date + 'T00:00:00Z') + days * 86400_000
  return new Date(t).toISOString().slice(0, 10)
}

export const nameSchema = z.string().trim().min(2, 'name').max(30, 'name').regex(/^[^\d<>{}]+$/, 'name')

/**
 * The real name and the identity document (GB/T 38962 个人基本信息). Nationality, sex and birth date come
 * only with the ID types whose number does not state them (src/core/identity/id-types.ts says which);
 * they are checked there, by type, so the form and the host report the same issue at the same field.
 */
const basicFields = {
  name: nameSchema,
  idType: z.enum(ID_TYPES),
  nationality: z.string().max(3).optional(),
  sex: z.enum(SEXES).optional(),
  birthDate: z.string().max(10).optional(),
  householdRegion: regionCodeSchema,
  address: z.string().trim().min(2, 'too_short').max(120)
}

function report(ctx: z.RefinementCtx, issues: IdIssue[]): void {
  for (const i of issues) ctx.addIssue({ code: 'custom', path: [i.field], message: i.code })
}

/** Basic information as the phone validates it: the ID number in clear, checked here by its type. */
export function plainBasicSchema(today: string) {
  return z.object({ ...basicFields, idNumber: z.string().trim() }).strict().superRefine((v, ctx) => {
    report(ctx, checkId(v.idType, v.idNumber, v, today).issues)
  })
}

/** Basic information on the wire: the ID number RSA-OAEP encrypted (the server checks it after decrypting); the particulars checked here. */
export function basicInputSchema(today: string) {
  return z.object({ ...basicFields, idNumberEncrypted: z.string().min(16).max(1024).regex(/^[A-Za-z0-9+/=]+$/) }).strict().superRefine((v, ctx) => {
    report(ctx, particularIssues(v.idType, v, today))
  })
}

const temperature = z.number().min(34, 'temperature').max(43, 'temperature')
const symptoms = z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length)

function declarationSchema<B extends z.ZodTypeAny>(today: string, basic: B) {
  const notFuture = (v: string) => v <= today
  const trip = z.object({ region: regionCodeSchema, from: dateString, to: dateString }).strict().superRefine((v, ctx) => {
    if (!notFuture(v.from)) ctx.addIssue({ code: 'custom', path: ['from'], message: 'future_date' })
    if (!notFuture(v.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'future_date' })
    if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'date_order' })
    if (v.to < addDays(today, -TRIP_WINDOW_DAYS)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'date_window' })
  })
  const test = z.object({
    result: z.enum(TEST_RESULTS),
    sampledAt: dateString.refine(notFuture, 'future_date'),
    institution: z.string().trim().min(2).max(60)
  }).strict()
  return z.object({
    basic: basic.optional(),
    health: z.object({
      temperature,
      symptoms,
      conditions: z.array(z.enum(CONDITIONS)).max(CONDITIONS.length)
    }).strict(),
    trips: z.array(trip).max(20),
    contact: z.enum(CONTACT_LEVELS),
    tests: z.array(test).max(5).default([]),
    vaccination: z.object({
      doses: z.number().int().min(0).max(4),
      lastDoseDate: dateString.refine(notFuture, 'future_date').nullable()
    }).strict().optional()
  }).strict()
}

/** The declaration validated on the phone, the ID number in clear. */
export function plainDeclarationSchema(today: string) {
  return declarationSchema(today, plainBasicSchema(today))
}

/** health-declare's input on the wire: the same, with the ID number encrypted. */
export function declarationInputSchema(today: string) {
  return declarationSchema(today, basicInputSchema(today))
}

/** trip-declare's input: at least one trip, each checked as in a declaration. */
export function tripsInputSchema(today: string) {
  return z.object({ trips: declarationInputSchema(today).shape.trips.min(1) }).strict()
}

/** The daily check-in (checkin): temperature and symptoms, checked as in a declaration. */
export const checkinInputSchema = z.object({ temperature, symptoms }).strict()

export type PlainDeclaration = z.infer<ReturnType<typeof plainDeclarationSchema>>
export type DeclarationInput = z.infer<ReturnType<typeof declarationInputSchema>>
