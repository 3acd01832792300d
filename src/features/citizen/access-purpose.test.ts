import { translate } from '@/i18n'
import { purposeKey, splitStaff } from './access-purpose'

it('words every purpose the host records, in both languages', () => {
  for (const p of ['checkpoint', 'relative', 'view-status', 'hold-code', 'show-code', 'case-review', 'staff-read', 'appeal:01HX', 'correction:01HX', 'flag:01HX']) {
    const key = purposeKey(p)
    expect([p, key]).not.toEqual([p, null])
    expect(translate('zh-CN', key!)).not.toBe(key)
    expect(translate('en', key!)).not.toBe(key)
  }
  expect(translate('zh-CN', purposeKey('checkpoint')!)).toBe('核验点扫码')
  expect(translate('en', purposeKey('appeal:x')!)).toBe('An auditor reviewed your appeal')
})

it('leaves an unknown purpose as the host wrote it', () => {
  expect(purposeKey('something-new')).toBeNull()
  expect(purposeKey('other:1')).toBeNull()
})

it('splits a staff member into name and role', () => {
  expect(splitStaff('陈审核 (auditor)')).toEqual({ name: '陈审核', role: 'role.auditor' })
  expect(splitStaff('139****0001')).toEqual({ name: '139****0001', role: null })
})
