export default definePageConfig({ navigationBarTitleText: '健康申报' })
