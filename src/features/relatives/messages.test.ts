import { relativeErrorKey } from './messages'
import { citizenErrorKey } from '@/features/citizen/messages'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

describe('relativeErrorKey', () => {
  it('words a 40304 as the other person not having declared, in both languages', () => {
    const key = relativeErrorKey(40304)!
    expect(key).not.toBe(citizenErrorKey(40304))
    expect(zhCN[key]).toContain('对方')
    expect(en[key]).toMatch(/They have not declared/)
  })
  it('leaves every other code to the citizen wording', () => {
    for (const code of [40303, 40902, 40301, 50000]) expect(relativeErrorKey(code)).toBe(citizenErrorKey(code))
  })
})
