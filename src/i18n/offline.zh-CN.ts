// 离线：无网络时页面的说明，新版本的刷新提示。Spread into zh-CN.ts; en keys in offline.en.ts.
const offlineZh = {
  'offline.pageNeedsNetwork': '当前无网络，此页面需要联网；您的健康码仍可在首页出示',
  'offline.showCode': '出示健康码',
  'offline.update': '有新版本，点击刷新'
}

export type OfflineKey = keyof typeof offlineZh
export default offlineZh
