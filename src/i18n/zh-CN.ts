// 简体中文（默认）。Keys are shared with en.ts; the type below keeps the two catalogs in step.
import opsZh from './ops.zh-CN'
import citizenZh from './citizen.zh-CN'
import staffZh from './staff.zh-CN'
import transparencyZh from './transparency.zh-CN'
import relativesZh from './relatives.zh-CN'
import idTypesZh from './id-types.zh-CN'
import offlineZh from './offline.zh-CN'
import workspaceZh from './workspace.zh-CN'
import referencesZh from './references.zh-CN'
import controlsZh from './controls.zh-CN'
import homeServicesZh from './home-services.zh-CN'
import careZh from './care.zh-CN'

const zhCN = {
  ...opsZh,
  'app.title': '健康码',
  'home.title': '首页',
  'home.signedInAs': '当前账号',
  'home.notSignedIn': '您尚未登录',
  'home.login': '登录',
  'home.me': '我的',
  'home.staffConsole': '工作人员入口',
  'login.title': '登录',
  'login.phone': '手机号',
  'login.phonePlaceholder': '请输入11位手机号',
  'login.code': '验证码',
  'login.codePlaceholder': '请输入6位验证码',
  'login.requestCode': '获取验证码',
  'login.resendIn': '{s} 秒后可重新获取',
  'login.codeSent': '验证码已发送，{s} 秒内有效',
  'login.submit': '登录',
  'login.busy': '请稍候…',
  'login.done': '登录成功',
  'field.phone.required': '请输入手机号',
  'field.phone.invalid': '手机号格式不正确：应为 1 开头的 11 位中国大陆手机号',
  'field.code.required': '请输入验证码',
  'field.code.invalid': '验证码应为 6 位数字',
  'field.code.wrong': '验证码错误或已过期',
  'me.title': '我的',
  'me.account': '账号',
  'me.phone': '手机号',
  'me.roles': '角色',
  'me.region': '地区',
  'me.none': '无',
  'me.language': '语言',
  'me.logout': '退出登录',
  'me.logoutAll': '退出所有设备',
  'me.loggedOut': '已退出登录',
  'staff.title': '工作台',
  'staff.role': '您的角色',
  'staff.noRole': '您没有工作人员权限',
  'staff.links': '功能入口',
  'staff.comingSoon': '即将上线',
  'role.citizen': '居民',
  'role.verifier': '核验员',
  'role.auditor': '审核员',
  'role.admin': '管理员',
  'role.health_worker': '基层医务人员',
  'role.enterprise_admin': '企业管理员',
  'error.network': '网络不可用，请稍后重试',
  'error.rateLimited': '操作过于频繁，请稍后再试',
  'error.unauthenticated': '请先登录',
  'error.sessionExpired': '登录已过期，请重新登录',
  'error.forbidden': '没有权限执行此操作',
  'error.invalidInput': '输入有误，请检查',
  'error.internal': '服务暂时不可用',
  'status.busyRetrying': '服务繁忙，正在重试…',
  'common.loading': '加载中…',
  'common.error': '错误',
  'lang.zh-CN': '简体中文',
  'lang.en': 'English',
  ...citizenZh,
  ...staffZh,
  ...transparencyZh,
  ...relativesZh,
  ...idTypesZh,
  ...offlineZh,
  ...workspaceZh,
  ...referencesZh,
  ...controlsZh,
  ...homeServicesZh,
  ...careZh
}

export type MessageKey = keyof typeof zhCN
export default zhCN
