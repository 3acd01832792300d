import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import GrantForm, { type GrantFormProps } from './index'

const noop = () => undefined
const props: GrantFormProps = {
  mode: 'grant', onMode: noop, phone: '', scope: 'hold', purpose: '', days: '30', issues: {}, general: null, done: null, busy: false,
  onPhone: noop, onScope: noop, onPurpose: noop, onDays: noop, onSubmit: noop
}

it('asks for the phone number, what they may do, why and how long, with the choice marked in words', () => {
  const html = renderToStaticMarkup(createElement(GrantForm, props))
  for (const s of ['亲友手机号', '对方接受前，您只会看到您输入的号码', '✓ 代我持有并出示健康码', '○ 查看我的健康状态', '用途', '✓ 30 天', '○ 365 天', '发出授权', '随时撤回或撤销']) expect(html).toContain(s)
})

it('shows field problems, the host’s refusal and the request mode', () => {
  const html = renderToStaticMarkup(createElement(GrantForm, { ...props, mode: 'request', issues: { phone: 'phone', purpose: 'too_short' }, general: { text: '一人最多为4位亲友代领' } }))
  for (const s of ['请输入正确的11位手机号', '内容太短', '一人最多为4位亲友代领', '家人的手机号', '提交代领申请', '在其手机上接受', '当面核实']) expect(html).toContain(s)
})
