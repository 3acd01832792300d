import { ReturnCode } from '@core/api/return-codes'
import { relativeErrorKey } from './messages'
import { citizenErrorKey } from '@/features/citizen/messages'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

describe('relativeErrorKey', () => {
  it('words a 40304 as the other person not having declared, in both languages', () => {
    const key = relativeErrorKey(ReturnCode.NOT_DECLARED)!
    expect(key).not.toBe(citizenErrorKey(ReturnCode.NOT_DECLARED))
    expect(zhCN[key]).toContain('对方')
    expect(en[key]).toMatch(/They have not declared/)
  })
  it('leaves every other code to the citizen wording', () => {
    for (const code of [ReturnCode.CONSENT_REQUIRED, ReturnCode.ID_ALREADY_BOUND, ReturnCode.FORBIDDEN, 50000]) expect(relativeErrorKey(code)).toBe(citizenErrorKey(code))
  })
})
