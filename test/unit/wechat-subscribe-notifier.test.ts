// The WeChat subscribe-message adapter against a stand-in for WeChat's HTTP API that answers as the API
// documents: a token endpoint, then message/subscribe/send with errcode 0, or an error code.
import { WeChatSubscribeNotifier } from '../../server/adapters/notify/wechat-subscribe-notifier'

function fakeWeChat(sendErrcode = 0) {
  const calls: { url: string; body?: any }[] = []
  const impl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined })
    const json = (v: unknown) => ({ ok: true, json: async () => v }) as Response
    if (url.startsWith('https://api.weixin.qq.com/cgi-bin/token?')) {
      return new URL(url).searchParams.get('secret') === 's3cret' ? json({ access_token: 'TOKEN', expires_in: 7200 }) : json({ errcode: 40001, errmsg: 'invalid credential' })
    }
    if (url.startsWith('https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=TOKEN')) return json({ errcode: sendErrcode, errmsg: sendErrcode ? 'user refuse to accept the msg' : 'ok' })
    return json({ errcode: 40014, errmsg: 'invalid access_token' })
  }) as unknown as typeof fetch
  return { calls, impl }
}

const config = (secret = 's3cret') => ({ appId: 'wx123', secret, templateId: 'TPL', page: 'pages/index/index', openidOf: async (id: string) => (id === 'acc-1' ? 'OPENID-1' : null) })

it('sends a subscribe message with the colour and time only, reusing the access token', async () => {
  const wx = fakeWeChat()
  const n = new WeChatSubscribeNotifier(config(), wx.impl)
  await n.statusChanged('acc-1', { from: 'green', to: 'red', at: Date.parse('2026-11-27T01:00:00Z') })
  await n.statusChanged('acc-1', { from: 'red', to: 'green', at: Date.parse('2026-11-28T01:00:00Z') })
  expect(wx.calls.filter(c => c.url.includes('/token?'))).toHaveLength(1)
  const sent = wx.calls.filter(c => c.url.includes('/subscribe/send'))
  expect(sent[0].body).toEqual({ touser: 'OPENID-1', template_id: 'TPL', page: 'pages/index/index', data: { phrase1: { value: '红码' }, time2: { value: '2026-11-27 09:00' } } })
  expect(JSON.stringify(sent)).not.toMatch(/reason|risk|trip/)
})

it('skips people not reachable on WeChat and reports WeChat errors', async () => {
  const wx = fakeWeChat(43101)
  const n = new WeChatSubscribeNotifier(config(), wx.impl)
  await n.statusChanged('acc-2', { from: 'green', to: 'red', at: 0 })
  expect(wx.calls).toHaveLength(0)
  await expect(n.statusChanged('acc-1', { from: 'green', to: 'red', at: 0 })).rejects.toThrow('43101')
  await expect(new WeChatSubscribeNotifier(config('wrong'), fakeWeChat().impl).statusChanged('acc-1', { from: null, to: 'red', at: 0 })).rejects.toThrow('invalid credential')
})
