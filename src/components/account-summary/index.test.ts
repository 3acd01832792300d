import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { setLang } from '@/i18n'
import AccountSummary from './index'

const account = { id: 'a1', roles: ['citizen', 'verifier', 'wizard'], region: null, pointId: null, displayName: null, phoneMasked: '138****8000' }

it('shows masked phone, translated roles (unknown ones raw) and a missing region', () => {
  setLang('zh-CN')
  const html = renderToStaticMarkup(createElement(AccountSummary, { account }))
  expect(html).toContain('138****8000')
  expect(html).toContain('居民、核验员、wizard')
  expect(html).toContain('地区')
  expect(html).toContain('无')
})
