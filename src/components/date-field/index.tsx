// A date between `min` and `max` (YYYY-MM-DD). Mini-programs get the native date picker; H5 gets the
// browser's <input type="date"> (field.h5.tsx, picked by Taro at build time): both are large,
// keyboard-free for the elderly, and cannot produce a malformed date.
import Field from './field'

export type { DateFieldProps } from './props'
export default Field
