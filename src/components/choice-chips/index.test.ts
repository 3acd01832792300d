import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ChoiceChips from './index'

it('marks chosen options with ✓ and the others with ○, each with a stable id', () => {
  const html = renderToStaticMarkup(createElement(ChoiceChips, {
    id: 'symptoms', multiple: true, selected: ['cough'], onToggle: () => undefined,
    options: [{ value: 'fever', label: '发热' }, { value: 'cough', label: '咳嗽' }]
  }))
  expect(html).toContain('○ 发热')
  expect(html).toContain('✓ 咳嗽')
  expect(html).toContain('id="symptoms-cough"')
})
