export default definePageConfig({ navigationBarTitleText: '状态记录' })
