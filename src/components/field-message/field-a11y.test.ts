import { inputA11y } from './field-a11y'

describe('inputA11y on H5', () => {
  const env = process.env.TARO_ENV
  beforeAll(() => { process.env.TARO_ENV = 'h5' })
  afterAll(() => { process.env.TARO_ENV = env })

  it('ties the inner input to its label, note and error, and marks it invalid only with an error', () => {
    expect(inputA11y('phone', '手机号', { note: true, error: '格式不正确' })).toEqual({
      nativeProps: { 'aria-labelledby': 'phone-label', 'aria-label': '手机号', 'aria-invalid': 'true', 'aria-describedby': 'phone-note phone-message' }
    })
    expect(inputA11y('phone', '手机号')).toEqual({ nativeProps: { 'aria-labelledby': 'phone-label', 'aria-label': '手机号', 'aria-invalid': 'false' } })
  })
})

it('names the input directly on mini-programs', () => {
  expect(inputA11y('phone', '手机号')).toEqual({ ariaLabel: '手机号' })
})
