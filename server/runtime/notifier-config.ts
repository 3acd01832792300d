// Chooses how holders are told of a status change outside the app: WeChat subscribe messages when
// WX_APPID, WX_SECRET and WX_SUBSCRIBE_TEMPLATE_ID are set; otherwise only the in-app notice.
import type { Notifier } from '../ports/notifier'
import type { Store } from '../ports/store'
import type { PiiProtector } from '../ports/pii-protector'
import { WeChatSubscribeNotifier } from '../adapters/notify/wechat-subscribe-notifier'

export function notifierFor(store: Store, pii: PiiProtector, env = process.env): Notifier | undefined {
  if (!env.WX_APPID || !env.WX_SECRET || !env.WX_SUBSCRIBE_TEMPLATE_ID) return undefined
  return new WeChatSubscribeNotifier({
    appId: env.WX_APPID, secret: env.WX_SECRET, templateId: env.WX_SUBSCRIBE_TEMPLATE_ID, page: 'pages/index/index',
    openidOf: async accountId => {
      const sealed = await store.accounts.wxOpenidEnc(accountId)
      return sealed ? pii.open(sealed) : null
    }
  })
}
