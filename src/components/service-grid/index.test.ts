import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ServiceGrid from './index'

const tiles = [
  { id: 'go-notices', icon: '✉', label: '消息（2 条未读）', alert: true, onOpen: () => undefined },
  { id: 'go-me', icon: '☺', label: '我的', onOpen: () => undefined }
]

const platform = process.env.TARO_ENV
afterEach(() => {
  if (platform === undefined) Reflect.deleteProperty(process.env, 'TARO_ENV')
  else process.env.TARO_ENV = platform
})

it('is a titled navigation list of tiles, the icons hidden from screen readers', () => {
  const html = renderToStaticMarkup(createElement(ServiceGrid, { id: 'home-services', title: '服务', tiles }))
  for (const s of ['role="navigation"', 'aria-labelledby="home-services-title"', 'role="heading"', '>服务<', 'role="list"', 'aria-hidden="true"', 'service-grid__tile--alert', '消息（2 条未读）']) expect(html).toContain(s)
  expect(html.match(/role="listitem"/g)).toHaveLength(2)
})

it('on H5 makes each tile a link the keyboard reaches, named by its words', () => {
  process.env.TARO_ENV = 'h5'
  const html = renderToStaticMarkup(createElement(ServiceGrid, { id: 'home-services', title: '服务', tiles }))
  expect(html).toMatch(/id="go-me"[^>]*role="link"[^>]*tabindex="0"[^>]*aria-label="我的"/i)
})
