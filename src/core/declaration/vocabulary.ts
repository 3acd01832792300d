// Closed lists the declaration form offers (GB/T 38962 data classes). Stable codes; labels live in the
// client catalogs and in docs/api.md.
export const SYMPTOMS = ['fever', 'cough', 'sore-throat', 'fatigue', 'loss-of-smell', 'shortness-of-breath', 'diarrhoea'] as const
export const CONDITIONS = ['none', 'hypertension', 'diabetes', 'heart-disease', 'lung-disease', 'immunodeficiency', 'pregnancy', 'other'] as const
export const CONTACT_LEVELS = ['none', 'secondary', 'close'] as const
export const ID_TYPES = ['resident-id'] as const
export const TEST_RESULTS = ['negative', 'positive'] as const

export type Symptom = (typeof SYMPTOMS)[number]
export type Condition = (typeof CONDITIONS)[number]
export type ContactLevel = (typeof CONTACT_LEVELS)[number]

/** Fever threshold of the default rules, °C. */
export const FEVER_AT_C = 37.3
export const TRIP_WINDOW_DAYS = 14
