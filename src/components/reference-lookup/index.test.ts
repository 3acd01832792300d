import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ReferenceLookup from './index'

it('is a labelled search field with its button and problem', () => {
  const html = renderToStaticMarkup(createElement(ReferenceLookup, { value: '7kq4', error: '编号为 8 位字母或数字，如 7KQ4-WX2M', onInput: () => undefined, onFind: () => undefined }))
  for (const s of ['role="search"', 'aria-label="按编号查找申请"', '申请编号（8 位', 'reference-lookup-field', 'reference-lookup-find', '查找', '编号为 8 位字母或数字']) expect(html).toContain(s)
})
