import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import AttachmentList from './index'

const attachments = [{ id: 'a1', accountId: 'p', caseId: 'c', mime: 'image/png', size: 2048, createdAt: 0 }, { id: 'a2', accountId: 'p', caseId: 'c', mime: 'application/pdf', size: 10, createdAt: 0 }]

it('fetches nothing until opened, then shows an image and names other files', () => {
  const closed = renderToStaticMarkup(createElement(AttachmentList, { attachments, views: {}, onOpen: () => undefined }))
  expect(closed).toContain('附件 1：image/png，2 KB')
  expect(closed).toContain('id="attachment-a1-open"')
  expect(closed).not.toContain('<img')
  const open = renderToStaticMarkup(createElement(AttachmentList, { attachments, onOpen: () => undefined, views: {
    a1: { state: 'image', url: 'data:image/png;base64,AAAA' }, a2: { state: 'file', mime: 'application/pdf' }
  } }))
  expect(open).toContain('src="data:image/png;base64,AAAA"')
  expect(open).toContain('不是图片（application/pdf）')
})
