export default definePageConfig({ navigationBarTitleText: '导入详情' })
