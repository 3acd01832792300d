import { checkCode, checkPhone, normalizePhone } from './phone'

describe('mainland mobile validation', () => {
  it('accepts 11-digit numbers starting 13-19, with separators or +86', () => {
    expect(checkPhone('13800138000')).toBeNull()
    expect(checkPhone('+86 138 0013 8000')).toBeNull()
    expect(checkPhone('0086-19912345678')).toBeNull()
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000')
  })
  it('rejects empty, short, landline-like and 12x numbers', () => {
    expect(checkPhone('  ')).toBe('required')
    expect(checkPhone('1380013800')).toBe('invalid')
    expect(checkPhone('12800138000')).toBe('invalid')
    expect(checkPhone('02312345678')).toBe('invalid')
    expect(checkPhone('1380013800a')).toBe('invalid')
  })
  it('wants a 6-digit code', () => {
    expect(checkCode('')).toBe('required')
    expect(checkCode('12345')).toBe('invalid')
    expect(checkCode(' 123456 ')).toBeNull()
  })
})
