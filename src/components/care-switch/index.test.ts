import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { setLang } from '@/i18n'
import CareSwitch from './index'

it.each([
  [true, 'zh-CN', '✓ 已开启', '关怀模式（大字）'],
  [false, 'zh-CN', '已关闭', '关怀模式（大字）'],
  [true, 'en', '✓ On', 'Care mode (large text)']
] as const)('on=%s in %s says its state in words and a mark, not colour alone', (on, lang, state, label) => {
  setLang(lang)
  const html = renderToStaticMarkup(createElement(CareSwitch, { on, onChange: () => undefined }))
  expect(html).toContain(state)
  expect(html).toContain(label)
  if (!on) expect(html).not.toContain('✓')
})
