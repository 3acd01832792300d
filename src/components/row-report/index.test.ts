import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import RowReport from './index'

it('counts accepted rows and lists each rejected row by line, column and reason', () => {
  const html = renderToStaticMarkup(createElement(RowReport, {
    totalRows: 4, acceptedRows: 2,
    rejected: [
      { line: 3, column: 'region_code', code: 'region', message: { zh: '不是有效的行政区划代码', en: 'Not a valid GB/T 2260 code' } },
      { line: 5, column: '*', code: 'duplicate', message: { zh: '与本文件中前面的行重复', en: 'Repeats an earlier row of this file' } }
    ]
  }))
  expect(html).toContain('✓ 已接受 2 行（共 4 行）')
  expect(html).toContain('⊘ 已拒绝 2 行')
  expect(html).toContain('第 3 行 · 列 region_code')
  expect(html).toContain('不是有效的行政区划代码')
  expect(html).toContain('第 5 行 · 整行')
})
