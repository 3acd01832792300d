export default definePageConfig({ navigationBarTitleText: '今日概况' })
