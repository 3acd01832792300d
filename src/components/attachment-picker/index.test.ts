import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import AttachmentPicker from './index'

const noop = () => undefined

it('shows each image with its type and a remove button, the limits in words, and an add button while there is room', () => {
  const html = renderToStaticMarkup(createElement(AttachmentPicker, {
    id: 'att', items: [{ key: 'a1', preview: 'blob:x', mime: 'image/png' }], max: 3, problem: null, onAdd: noop, onRemove: noop
  }))
  for (const s of ['图片附件（1/3）', '最多 3 张', '2 MB', '图片 1 · PNG', 'att-remove-0', '✕ 删除', 'att-add', 'blob:x']) expect(html).toContain(s)
})

it('hides the add button when full and shows a problem with its symbol', () => {
  const items = [1, 2, 3].map((n) => ({ key: `a${n}`, preview: `p${n}`, mime: 'image/jpeg' }))
  const html = renderToStaticMarkup(createElement(AttachmentPicker, { id: 'att', items, max: 3, problem: '图片不能超过 2 MB', onAdd: noop, onRemove: noop }))
  expect(html).not.toContain('att-add')
  expect(html).toContain('⚠')
  expect(html).toContain('图片不能超过 2 MB')
})
