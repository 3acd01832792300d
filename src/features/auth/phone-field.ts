// The phone field's keyboard. Mini-programs: the number pad (it has no + or -, and tidyPhoneInput drops a
// typed 86). H5: a telephone field, so "+86 137-0000-1111" can be typed or pasted as people write it;
// Taro's H5 number field silently drops + - and spaces, and refuses a pasted number with them.
export const PHONE_INPUT_TYPE = (process.env.TARO_ENV === 'h5' ? 'tel' : 'number') as 'number'
