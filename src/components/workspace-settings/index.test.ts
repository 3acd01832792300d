import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import WorkspaceSettingsPanel from './index'

it('the hold time and sounds as labelled radio groups, the current choices checked', () => {
  const html = renderToStaticMarkup(createElement(WorkspaceSettingsPanel, { settings: { holdSeconds: 3, sound: false }, onChange: () => undefined }))
  expect(html).toContain('结果显示时间')
  expect(html).toMatch(/id="hold-3"[^>]*role="radio"[^>]*aria-checked="true"/)
  expect(html).toMatch(/id="hold-2"[^>]*role="radio"[^>]*aria-checked="false"/)
  expect(html).toMatch(/id="sound-off"[^>]*aria-checked="true"/)
  expect(html).toContain('aria-labelledby="sound-label"')
})
