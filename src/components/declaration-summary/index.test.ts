import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import DeclarationSummary from './index'

it('shows health, contact and self-declared certificates, marked as self-declared', () => {
  const html = renderToStaticMarkup(createElement(DeclarationSummary, { declaration: { at: Date.UTC(2026, 10, 27, 1), data: {
    health: { temperature: 36.5, symptoms: [], conditions: ['none'] }, contact: 'close',
    tests: [{ result: 'negative', sampledAt: '2026-11-26 09:00', institution: '西湖区疾控' }], vaccination: { doses: 3, lastDoseDate: '2022-01-01' }
  } } }))
  expect(html).toContain('申报时间：2026-11-27 09:00')
  expect(html).toContain('体温：36.5℃')
  expect(html).toContain('症状：无')
  expect(html).toContain('接触史：确诊或疑似病例的密切接触者')
  expect(html).toContain('自报核酸：阴性，采样 2026-11-26 09:00，西湖区疾控')
  expect(html).toContain('规则只采用导入的检测和接种记录')
})

it('says when there is none', () => {
  expect(renderToStaticMarkup(createElement(DeclarationSummary, { declaration: null }))).toContain('暂无申报')
})
