import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import OptionChips from './index'

it('marks the chosen option with ✓ and aria-checked, the others with ○', () => {
  const html = renderToStaticMarkup(createElement(OptionChips, {
    id: 'role', value: 'auditor', onChange: () => undefined,
    options: [{ value: 'verifier', label: '核验员' }, { value: 'auditor', label: '审核员' }]
  }))
  expect(html).toContain('id="role-auditor"')
  expect(html).toMatch(/aria-checked="true"[^>]*><span>✓ 审核员/)
  expect(html).toContain('○ 核验员')
})
