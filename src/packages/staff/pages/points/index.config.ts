export default definePageConfig({ navigationBarTitleText: '采集点管理' })
