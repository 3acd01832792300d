// Closed lists the declaration form offers (GB/T 38962 data classes). Stable codes; labels live in the
// client catalogs and in docs/api.md.
export const SYMPTOMS = ['fever', 'cough', 'sore-throat', 'fatigue', 'loss-of-smell', 'shortness-of-breath', 'diarrhoea'] as const
export const CONDITIONS = ['none', 'hypertension', 'diabetes', 'heart-disease', 'lung-disease', 'immunodeficiency', 'pregnancy', 'other'] as const
export const CONTACT_LEVELS = ['none', 'secondary', 'close'] as const
/**
 * Identity documents a person may declare with (GB/T 38962 证件类型); each has its own number check in
 * src/core/identity (id-types.ts) and its own mask (id-mask.ts). Wire names, stable.
 */
export const ID_TYPES = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-resident', 'hmt-residence-permit'] as const
/** GB/T 2261.1 sexes a document states (codes 1 and 2). */
export const SEXES = ['male', 'female'] as const
export const TEST_RESULTS = ['negative', 'positive'] as const

export type Symptom = (typeof SYMPTOMS)[number]
export type Condition = (typeof CONDITIONS)[number]
export type ContactLevel = (typeof CONTACT_LEVELS)[number]
export type IdType = (typeof ID_TYPES)[number]
export type Sex = (typeof SEXES)[number]

/** Fever threshold of the default rules, °C. */
export const FEVER_AT_C = 37.3
export const TRIP_WINDOW_DAYS = 14
