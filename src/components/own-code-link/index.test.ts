import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import OwnCodeLink from './index'

it('is a labelled button to the citizen home', () => {
  const html = renderToStaticMarkup(createElement(OwnCodeLink))
  expect(html).toContain('id="go-my-code"')
  expect(html).toContain('我的健康码')
})
