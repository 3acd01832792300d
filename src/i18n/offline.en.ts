import type { OfflineKey } from './offline.zh-CN'

const offlineEn: Record<OfflineKey, string> = {
  'offline.pageNeedsNetwork': 'You are offline; this page needs the network. Your code can still be shown on the home page',
  'offline.showCode': 'Show my code',
  'offline.update': 'A new version is available — reload'
}

export default offlineEn
