import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ImportPreview from './index'

it('says how many people would change, by colour with icons', () => {
  const html = renderToStaticMarkup(createElement(ImportPreview, { preview: { affected: 5, wouldChange: 3, byStatus: { red: 2, yellow: 1, green: 0 } } }))
  expect(html).toContain('批准后将改变 3 人的状态：红码 2 人，黄码 1 人')
  expect(html).toContain('✕ 红码 2')
  expect(html).toContain('! 黄码 1')
  expect(html).toContain('重新审核 5 人')
  expect(html).toContain('此预览仅向审批人显示；您的这次查看已记入审计日志')
})
