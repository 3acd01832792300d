import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import CitizenLinks from './index'

const go = () => undefined

it('counts unread notices in words and offers the held codes, relatives and access history', () => {
  const html = renderToStaticMarkup(createElement(CitizenLinks, { declared: true, unread: 2, held: [{ grantId: 'g1', who: '张*', scope: 'hold' }], go }))
  for (const s of ['消息（2 条未读）', 'go-held-g1', '代领：张* 的健康码', 'go-appeal', '申诉', 'go-relatives', 'go-access', '访问记录']) expect(html).toContain(s)
})

it('leaves out what needs a status of one’s own before a declaration', () => {
  const html = renderToStaticMarkup(createElement(CitizenLinks, { declared: false, unread: 0, held: [], go }))
  expect(html).toContain('go-relatives')
  expect(html).not.toContain('go-history')
  expect(html).not.toContain('go-appeal')
  expect(html).toContain('>消息<')
})
