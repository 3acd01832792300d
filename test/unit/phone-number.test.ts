// One normalisation of a mainland mobile number for the phone's forms and the host's schemas: what a
// person types with a country code and separators is the same number everywhere.
import { authOtpRequest, authOtpVerify } from '@core/api/contract/auth'
import { schemaAt } from '@core/api/contract/define'
import { phoneSchema } from '@core/validation/common'
import { checkPhone, normalizePhone, tidyPhoneInput } from '@core/validation/phone'

describe('normalizePhone', () => {
  it.each([
    ['+86 137-0000-1111', '13700001111'],
    ['86 137 0000 1111', '13700001111'],
    ['8613700001111', '13700001111'],
    ['0086-137-0000-1111', '13700001111'],
    ['(137) 0000 1111', '13700001111'],
    ['137　0000　1111', '13700001111'],
    ['13700001111', '13700001111']
  ])('%s → %s', (typed, number) => {
    expect(normalizePhone(typed)).toBe(number)
    expect(checkPhone(typed)).toBeNull()
  })

  it('keeps an 86 that is part of the number and refuses what is not a mobile number', () => {
    expect(normalizePhone('18612345678')).toBe('18612345678')
    expect(checkPhone('+86 12700001111')).toBe('invalid')
    expect(checkPhone('+1 415 555 0100')).toBe('invalid')
    expect(checkPhone(' - ')).toBe('required')
  })
})

describe('the host’s schema takes the same numbers', () => {
  it('parses a typed number with +86 and dashes to the 11 digits', () => {
    expect(phoneSchema.parse('+86 137-0000-1111')).toBe('13700001111')
    expect(schemaAt(authOtpRequest.input, 0).parse({ phone: '+86 137-0000-1111' })).toEqual({ phone: '13700001111' })
    expect(schemaAt(authOtpVerify.input, 0).parse({ phone: '86 137 0000 1111', code: '123456' })).toEqual({ phone: '13700001111', code: '123456' })
  })

  it('still refuses a wrong number with the phone issue', () => {
    const r = phoneSchema.safeParse('+86 1370000111')
    expect(r.success).toBe(false)
    expect(r.success ? null : r.error.issues[0].message).toBe('phone')
  })
})

describe('tidyPhoneInput: what the sign-in field shows while typing', () => {
  it('shows the number to be sent once the typing makes one, and the typing itself before', () => {
    expect(tidyPhoneInput('+86 137-0000-111')).toBe('+86 137-0000-111')
    expect(tidyPhoneInput('+86 137-0000-1111')).toBe('13700001111')
    expect(tidyPhoneInput('8613700001111')).toBe('13700001111')
    expect(tidyPhoneInput('137')).toBe('137')
  })
})
