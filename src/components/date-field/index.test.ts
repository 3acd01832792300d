import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import MiniField from './field'
import H5Field from './field.h5'

const props = { id: 'trip-0-from', label: '开始日期', value: '', min: '2026-11-13', max: '2026-11-27', onChange: () => undefined, error: '日期不能晚于今天' }

it('mini-programs: asks to choose a date and shows the field’s message', () => {
  const html = renderToStaticMarkup(createElement(MiniField, props))
  expect(html).toContain('选择日期')
  expect(html).toContain('日期不能晚于今天')
})

it('H5: a native date input bounded by min and max', () => {
  const html = renderToStaticMarkup(createElement(H5Field, { ...props, value: '2026-11-20' }))
  expect(html).toMatch(/type="date"/)
  expect(html).toContain('min="2026-11-13"')
  expect(html).toContain('max="2026-11-27"')
  expect(html).toContain('value="2026-11-20"')
})
