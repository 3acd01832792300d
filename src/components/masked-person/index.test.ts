import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import MaskedPerson from './index'

it('shows only the masked name, the masked ID and the colour with its icon', () => {
  const html = renderToStaticMarkup(createElement(MaskedPerson, { person: { name: '王*', id: '33**************07', holder: 'AbCdEfGhIjK', status: 'red' } }))
  expect(html).toContain('王*')
  expect(html).toContain('33**************07')
  expect(html).toContain('✕')
  expect(html).toContain('红码')
  expect(html).not.toContain('AbCdEfGhIjK')
})

it('says when the person is not available', () => {
  expect(renderToStaticMarkup(createElement(MaskedPerson, { person: null }))).toContain('人员信息不可用')
})
