import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { initialForm } from '@/features/declaration/form-model'
import { BasicSection, HealthSection } from './index'

jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))

const errors: Record<string, string> = { 'basic.idNumber': '身份证号校验位不正确，请核对', 'health.temperature': '必填' }
const error = (p: string) => errors[p] ?? null

it('basic information: name, resident ID, ID number with its privacy note and message, household region, address', () => {
  const html = renderToStaticMarkup(createElement(BasicSection, { form: initialForm(), patch: () => undefined, error, phone: '139****0001', today: '2026-11-27' }))
  for (const s of ['姓名', '居民身份证', '证件号码', '本机不保存', '身份证号校验位不正确', '户籍地', '现住址', '139****0001']) expect(html).toContain(s)
})

it('health: temperature with its message, symptoms, conditions, contact', () => {
  const html = renderToStaticMarkup(createElement(HealthSection, { form: { ...initialForm(), conditions: ['none'] }, patch: () => undefined, error }))
  for (const s of ['体温', '必填', '发热', '✓ 无', '密切接触者']) expect(html).toContain(s)
})

it('each ID type: its number\'s hint, and only the particulars its number does not carry', () => {
  const render = (form: Partial<ReturnType<typeof initialForm>>, errors: Record<string, string> = {}) => renderToStaticMarkup(createElement(BasicSection, {
    form: { ...initialForm(), ...form }, patch: () => undefined, error: (p: string) => errors[p] ?? null, phone: null, today: '2026-11-27'
  }))
  const passport = render({ idType: 'passport', nationality: 'DEU', sex: 'female' }, { 'basic.birthDate': '出生日期与证件号码不一致，请核对' })
  for (const s of ['✓ 护照', '○ 居民身份证', '○ 外国人永久居留身份证', '护照号码，如 E12345678', '国籍', '德国（DEU）', '更改', '性别', '✓ 女', '○ 男', '出生日期', '出生日期与证件号码不一致']) expect(passport).toContain(s)
  const permit = render({ idType: 'hk-macao-permit' })
  expect(permit).toContain('H 或 M 开头的 9 位')
  expect(permit).toContain('性别')
  expect(permit).not.toContain('国籍')
  const card = render({})
  for (const s of ['国籍', '性别', '出生日期']) expect(card).not.toContain(s)
})
