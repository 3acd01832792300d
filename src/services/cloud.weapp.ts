// WeChat: wx.cloud. The host learns the caller from OPENID (cloud.getWXContext()), so no token
// and no id ever go in `data`.
import Taro from '@tarojs/taro'
import { isSessionError, networkFailure, toFunctionResult, typedCall } from './cloud-contract'
import { clearSession } from './session'

export * from './cloud-contract'

export const transportName: string = 'weapp-cloud'

let ready = false

/** Call once at launch (app.ts). WX_CLOUD_ENV '' = the mini-program's default environment. */
export function initCloud(): void {
  if (ready || !Taro.cloud) return
  Taro.cloud.init(WX_CLOUD_ENV ? { env: WX_CLOUD_ENV, traceUser: false } : { traceUser: false })
  ready = true
}

export const callFunction = typedCall(async (name, data) => {
  initCloud()
  let res: { result?: unknown }
  try {
    res = (await Taro.cloud.callFunction({ name, data })) as { result?: unknown }
  } catch (err) {
    return networkFailure(err)
  }
  const result = toFunctionResult(res.result)
  if (isSessionError(result.code)) clearSession()
  return result
})
