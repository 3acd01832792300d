import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { setLang } from '@/i18n'
import LanguageSwitch from './index'

it('names each language in itself and ticks the current one', () => {
  setLang('en')
  const html = renderToStaticMarkup(createElement(LanguageSwitch))
  expect(html).toContain('简体中文')
  expect(html).toContain('✓ English')
  expect(html).not.toContain('✓ 简体中文')
})
