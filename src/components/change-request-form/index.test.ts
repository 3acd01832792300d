import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { emptyChangeForm } from '@/features/auditor/change-form'
import ChangeRequestForm from './index'

const base = { id: 'm', busy: false, error: null, done: false, onChange: () => undefined, onSubmit: () => undefined }

it('says a second auditor must approve, and offers the fixed reasons and colours with icons', () => {
  const html = renderToStaticMarkup(createElement(ChangeRequestForm, { ...base, form: emptyChangeForm(), errors: { holder: 'audit.form.holderInvalid' }, holderFixed: false, fromCase: false }))
  expect(html).toContain('须由另一名审核员批准')
  expect(html).toContain('id="m-holder"')
  expect(html).toContain('持码人编号应为 11 位')
  expect(html).toContain('✕ 红码')
  expect(html).toContain('经实验室检测确认')
  expect(html).toContain('已完成隔离并经核实')
  expect(html).toContain('关联证据（必填）')
})

it('from a case the holder is fixed and the case is already evidence', () => {
  const html = renderToStaticMarkup(createElement(ChangeRequestForm, { ...base, done: true, form: emptyChangeForm('AbCdEfGhIjK'), errors: {}, holderFixed: true, fromCase: true }))
  expect(html).toContain('持码人编号：AbCdEfGhIjK')
  expect(html).not.toContain('id="m-holder"')
  expect(html).toContain('本案件已作为证据')
  expect(html).toContain('等待另一名审核员批准，状态尚未改变')
})
