import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { initialForm } from '@/features/declaration/form-model'
import { BasicSection, HealthSection } from './index'

jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))

const errors: Record<string, string> = { 'basic.idNumber': '身份证号校验位不正确，请核对', 'health.temperature': '必填' }
const error = (p: string) => errors[p] ?? null

it('basic information: name, resident ID, ID number with its privacy note and message, household region, address', () => {
  const html = renderToStaticMarkup(createElement(BasicSection, { form: initialForm(), patch: () => undefined, error, phone: '139****0001' }))
  for (const s of ['姓名', '居民身份证', '证件号码', '本机不保存', '身份证号校验位不正确', '户籍地', '现住址', '139****0001']) expect(html).toContain(s)
})

it('health: temperature with its message, symptoms, conditions, contact', () => {
  const html = renderToStaticMarkup(createElement(HealthSection, { form: { ...initialForm(), conditions: ['none'] }, patch: () => undefined, error }))
  for (const s of ['体温', '必填', '发热', '✓ 无', '密切接触者']) expect(html).toContain(s)
})
