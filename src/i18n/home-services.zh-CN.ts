// 首页：健康码之下先是每天要做的事（打卡、代领的亲友健康码），其余归入“服务”。Spread into zh-CN.ts; en keys in home-services.en.ts.
const homeServicesZh = {
  'homeServices.title': '服务',
  'homeServices.relatives': '亲友代领'
}

export type HomeServicesKey = keyof typeof homeServicesZh
export default homeServicesZh
