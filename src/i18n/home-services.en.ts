import type { HomeServicesKey } from './home-services.zh-CN'

const homeServicesEn: Record<HomeServicesKey, string> = {
  'homeServices.title': 'Services',
  'homeServices.relatives': 'Relatives'
}

export default homeServicesEn
