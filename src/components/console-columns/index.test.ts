import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ConsoleColumns from './index'

it('puts the left content before the right, each in its own column', () => {
  const html = renderToStaticMarkup(createElement(ConsoleColumns, { left: 'L', right: 'R' }))
  expect(html).toBe('<div class="console-columns"><div class="console-columns__col">L</div><div class="console-columns__col">R</div></div>')
})
