import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import CitizenLinks from './index'

const go = () => undefined
const ids = (html: string) => [...html.matchAll(/id="(go-[^"]+)"/g)].map((m) => m[1])

it('puts the held codes first, then every service as a tile in a navigation list, the unread notices counted in words', () => {
  const html = renderToStaticMarkup(createElement(CitizenLinks, { declared: true, canDeclare: true, unread: 2, held: [{ grantId: 'g1', who: '张*', scope: 'hold' }], staff: true, go }))
  expect(ids(html)).toEqual(['go-held-g1', 'go-declare', 'go-trips', 'go-notices', 'go-history', 'go-relatives', 'go-correction', 'go-appeal', 'go-access', 'go-me', 'go-staff'])
  for (const s of ['role="navigation"', 'role="list"', 'role="listitem"', '>服务<', '代领：张* 的健康码', '消息（2 条未读）', '申诉', '访问记录', '工作人员入口']) expect(html).toContain(s)
})

it('leaves out what needs a status of one’s own before a declaration', () => {
  const html = renderToStaticMarkup(createElement(CitizenLinks, { declared: false, unread: 0, held: [], go }))
  expect(ids(html)).toEqual(['go-notices', 'go-relatives', 'go-access', 'go-me'])
  expect(html).toContain('>消息<')
  expect(html).not.toContain('条未读')
})
