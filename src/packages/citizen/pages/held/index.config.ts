export default definePageConfig({ navigationBarTitleText: '代领亮码' })
