import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ProgressBar from './index'

it('says the percentage in words and clamps it', () => {
  const html = renderToStaticMarkup(createElement(ProgressBar, { id: 'p', percent: 62.4, label: '读取中' }))
  expect(html).toContain('读取中 62%')
  expect(html).toContain('width:62%')
  expect(renderToStaticMarkup(createElement(ProgressBar, { id: 'p', percent: 140, label: 'x' }))).toContain('x 100%')
})
