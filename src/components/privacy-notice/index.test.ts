import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { PRIVACY_NOTICE } from '@core/consent/privacy-notice'
import PrivacyNotice from './index'

it('shows what, why, how long and who sees it, in the reader’s language', () => {
  const zh = renderToStaticMarkup(createElement(PrivacyNotice, { sections: PRIVACY_NOTICE, lang: 'zh-CN' }))
  for (const s of ['我们收集什么', '为什么收集', '保存多久', '谁能看到']) expect(zh).toContain(s)
  const en = renderToStaticMarkup(createElement(PrivacyNotice, { sections: PRIVACY_NOTICE, lang: 'en' }))
  for (const s of ['What we collect', 'Why', 'How long', 'Who sees it']) expect(en).toContain(s)
})
