// 公开的赋码规则与风险地区（任何人可看，包括未登录）。Spread into zh-CN.ts through ops.zh-CN.ts.
const rulesViewZh = {
  'rulesView.title': '赋码规则',
  'rulesView.link': '查看赋码规则和风险地区',
  'rulesView.intro': '健康码的颜色只由以下公开规则和导入的数据决定。每条规则都写明原因和转绿条件。',
  'rulesView.inForce': '现行规则',
  'rulesView.published': '已发布规则集 {id} 第 {version} 版',
  'rulesView.builtIn': '内置默认规则 {id} 第 {version} 版',
  'rulesView.validFrom': '生效时间：{at}',
  'rulesView.order': '按顺序判断，第一条符合的规则决定颜色：',
  'rulesView.reason': '原因',
  'rulesView.noMatch': '以上规则都不符合：绿码',
  'rulesView.showLogic': '查看规则表达式',
  'rulesView.hideLogic': '收起规则表达式',
  'rulesView.areas': '风险地区',
  'rulesView.noAreas': '目前没有风险地区',
  'rulesView.level.high': '高风险',
  'rulesView.level.medium': '中风险',
  'rulesView.level.low': '低风险',
  'rulesView.areaDates': '{from} 至 {to}',
  'rulesView.refresh': '刷新'
}

export default rulesViewZh
