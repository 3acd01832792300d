export default definePageConfig({ navigationBarTitleText: '赋码规则' })
