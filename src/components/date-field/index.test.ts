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

it('H5: year, month and day lists in the page’s language, bounded by min and max, never a native date input', () => {
  const html = renderToStaticMarkup(createElement(H5Field, { ...props, value: '2026-11-20' }))
  expect(html).not.toMatch(/type="date"/)
  for (const s of ['id="trip-0-from-year"', 'id="trip-0-from-month"', 'id="trip-0-from-day"', '2026 年', '11 月', '13 日', '27 日', 'aria-label="开始日期 年"', 'role="group"']) expect(html).toContain(s)
  expect(html).not.toContain('12 日')
  expect(html).not.toContain('28 日')
  expect(html).toContain('data-value="2026-11-20"')
})
