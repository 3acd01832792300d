// WeChat subscribe messages (订阅消息) for status changes, written to WeChat's documented contract
// (POST https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=…, with touser = OPENID,
// template_id, page, data). It cannot be exercised on this machine: it needs an AppID, its secret, an
// approved template and the holder's subscription; docs/notifications.md says how to configure it.
import type { Notifier } from '../../ports/notifier'

export interface WeChatConfig {
  appId: string
  secret: string
  templateId: string
  page: string
  /** Our account id → the OPENID it is bound to (only WeChat users can be reached this way). */
  openidOf: (accountId: string) => Promise<string | null>
}

export class WeChatSubscribeNotifier implements Notifier {
  private token: { value: string; until: number } | null = null

  constructor(private readonly cfg: WeChatConfig, private readonly fetchImpl: typeof fetch = fetch) {}

  private async accessToken(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value
    const url = `https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(this.cfg.appId)}&secret=${encodeURIComponent(this.cfg.secret)}`
    const r = (await (await this.fetchImpl(url)).json()) as { access_token?: string; expires_in?: number; errmsg?: string }
    if (!r.access_token) throw new Error(`wechat token: ${r.errmsg ?? 'no token'}`)
    this.token = { value: r.access_token, until: Date.now() + ((r.expires_in ?? 7200) - 300) * 1000 }
    return r.access_token
  }

  async statusChanged(accountId: string, change: { from: string | null; to: string; at: number }): Promise<void> {
    const openid = await this.cfg.openidOf(accountId)
    if (!openid) return
    const body = {
      touser: openid, template_id: this.cfg.templateId, page: this.cfg.page,
      // Template fields carry no reason or health detail: the holder opens the app to see why.
      data: { phrase1: { value: { green: '绿码', yellow: '黄码', red: '红码' }[change.to] ?? change.to }, time2: { value: new Date(change.at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') } }
    }
    const res = await this.fetchImpl(`https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=${await this.accessToken()}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body)
    })
    const r = (await res.json()) as { errcode?: number; errmsg?: string }
    if (r.errcode) throw new Error(`wechat subscribe message: ${r.errcode} ${r.errmsg ?? ''}`)
  }
}
