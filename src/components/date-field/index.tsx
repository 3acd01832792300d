// A date between `min` and `max` (YYYY-MM-DD). Mini-programs get the platform's date picker; H5 gets
// year, month and day lists in the page's language (field.h5.tsx, picked by Taro at build time), not the
// browser's <input type="date">, which speaks the browser's language. Both are large, keyboard-free for
// the elderly, and cannot produce a malformed date.
import Field from './field'

export type { DateFieldProps } from './props'
export default Field
