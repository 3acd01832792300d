import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import ShiftControls from './index'

const render = (on: boolean, audio = 'locked') => renderToStaticMarkup(createElement(ShiftControls, { on, audio, onStart: () => undefined, onEnd: () => undefined }))

it('off shift: one button starts it, saying what it turns on; on shift: one button ends it', () => {
  const off = render(false)
  expect(off).toContain('id="start-scan"')
  expect(off).toContain('开始上岗')
  expect(off).toContain('提示音和振动')
  expect(off).not.toContain('id="stop-scan"')
  const on = render(true, 'running')
  expect(on).toContain('id="stop-scan"')
  expect(on).toContain('结束上岗')
  expect(on).not.toContain('id="start-scan"')
  expect(on).not.toContain('仅以振动提示')
})

it('says so when the phone cannot play sounds', () => {
  expect(render(true, 'unavailable')).toContain('本机无法播放提示音，仅以振动提示')
})
