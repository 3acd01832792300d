import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import DecisionForm from './index'

const form = { outcome: null, reasonCode: null, note: '', withChange: false, toStatus: null, changeReason: null }
const props = { busy: false, error: null, onChange: () => undefined, onSubmit: () => undefined }

it('offers uphold or not and the fixed decision reasons', () => {
  const html = renderToStaticMarkup(createElement(DecisionForm, { ...props, form }))
  expect(html).toContain('✓ 支持')
  expect(html).toContain('⊘ 不支持')
  expect(html).toContain('证据支持申请')
  expect(html).not.toContain('同时申请转码')
})

it('upholding can ask for a change with its own reason, which a second auditor approves', () => {
  const html = renderToStaticMarkup(createElement(DecisionForm, { ...props, form: { ...form, outcome: 'upheld' as const, withChange: true } }))
  expect(html).toContain('同时申请转码')
  expect(html).toContain('id="decision-status-green"')
  expect(html).toContain('申诉成立')
  expect(html).toContain('须由另一名审核员批准')
})
