import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import FilePicker from './index'
import H5Picker from './picker.h5'
import { hasExtension } from './props'

const props = { id: 'f', label: '选择文件（CSV 或 XLSX）', extensions: ['csv', 'xlsx'], read: 'base64' as const, maxBytes: 100, onFile: () => undefined, onProblem: () => undefined }

it('checks the extension case-insensitively and needs a name before the dot', () => {
  expect(hasExtension('名单.XLSX', ['csv', 'xlsx'])).toBe(true)
  expect(hasExtension('areas.csv', ['csv'])).toBe(true)
  expect(hasExtension('areas.csv.exe', ['csv'])).toBe(false)
  expect(hasExtension('.csv', ['csv'])).toBe(false)
})

it('in mini-programs is a labelled button', () => {
  const html = renderToStaticMarkup(createElement(FilePicker, props))
  expect(html).toContain('<button id="f"')
  expect(html).toContain('选择文件（CSV 或 XLSX）')
})

it('on H5 is a real file input with the accepted extensions, inside its label', () => {
  const html = renderToStaticMarkup(createElement(H5Picker, props))
  expect(html).toMatch(/<label[^>]*>.*<input id="f" type="file"[^>]*accept=".csv,.xlsx"/)
})

it('on H5 says in the page’s language that no file is chosen yet, and ties that to the input', () => {
  const html = renderToStaticMarkup(createElement(H5Picker, props))
  expect(html).toContain('未选择文件')
  expect(html).toContain('aria-describedby="f-chosen"')
  expect(html).toMatch(/<label[^>]*for="f"/)
})
