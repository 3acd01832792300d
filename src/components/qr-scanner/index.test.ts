// The mini-program variant (scanner.tsx) renders here; the H5 camera path is proven in
// test/browser/verifier-*.test.ts against the real fake camera.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import QrScanner from './index'

it('offers the platform scanner and a text field for a scanner gun or a pasted code', () => {
  const html = renderToStaticMarkup(createElement(QrScanner, { onText: () => undefined }))
  expect(html).toContain('id="start-scan"')
  expect(html).toContain('开始扫码')
  expect(html).toContain('id="code-text"')
  expect(html).toContain('粘贴或输入码文本')
})
