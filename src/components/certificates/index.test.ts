import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import Certificates from './index'

const base = { today: '2026-11-27', onTests: () => undefined, onVaccination: () => undefined, error: () => null }

it('offers a test result row and optional vaccination, asking the last dose date only after a dose', () => {
  const none = renderToStaticMarkup(createElement(Certificates, { ...base, tests: [], doses: null, lastDoseDate: '' }))
  expect(none).toContain('id="add-test"')
  expect(none).not.toContain('最后一剂日期')
  const html = renderToStaticMarkup(createElement(Certificates, {
    ...base, doses: 2, lastDoseDate: '2026-06-01', error: (p: string) => (p === 'tests.0.institution' ? '内容太短' : null),
    tests: [{ key: 1, result: 'negative' as const, sampledAt: '2026-11-26', institution: 'x' }]
  }))
  expect(html).toContain('✓ 阴性')
  expect(html).toContain('内容太短')
  expect(html).toContain('✓ 2')
  expect(html).toContain('最后一剂日期')
})
