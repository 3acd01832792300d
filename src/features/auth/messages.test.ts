import { ReturnCode } from '@core/api/return-codes'
import { fieldErrorsFrom, generalErrorKey } from './messages'

describe('host answers → messages', () => {
  it('maps 40001 issues to field keys', () => {
    const r = {
      code: ReturnCode.INVALID_INPUT,
      message: 'invalid',
      issues: [
        { path: 'phone', code: 'invalid_format', message: 'x' },
        { path: 'code', code: 'mismatch', message: 'y' }
      ]
    }
    expect(fieldErrorsFrom(r)).toEqual({ phone: 'field.phone.invalid', code: 'field.code.wrong' })
  })
  it('has a general message for every error code', () => {
    expect(generalErrorKey(ReturnCode.OK)).toBeNull()
    expect(generalErrorKey(ReturnCode.RATE_LIMITED)).toBe('error.rateLimited')
    expect(generalErrorKey(ReturnCode.SESSION_EXPIRED)).toBe('error.sessionExpired')
    expect(generalErrorKey(12345)).toBe('error.internal')
  })
  it('puts a wrong one-time code (40103) under the code field', () => {
    expect(fieldErrorsFrom({ code: ReturnCode.OTP_INVALID, message: 'x' })).toEqual({ code: 'field.code.wrong' })
    expect(generalErrorKey(ReturnCode.OTP_INVALID)).toBeNull()
  })
})
