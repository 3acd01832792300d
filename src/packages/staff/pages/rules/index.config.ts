export default definePageConfig({ navigationBarTitleText: '规则管理' })
