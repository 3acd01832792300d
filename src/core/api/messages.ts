// The host's messages in zh-CN and English: one per return code, one per validation issue code.
// Field-level messages are keyed by issue code so every client can render them in its language.
import { ReturnCode } from './return-codes'
import { ID_ISSUE_MESSAGES } from '../identity/id-issue-messages'

export type Locale = 'zh-CN' | 'en'

const RETURN_MESSAGES: Record<number, [string, string]> = {
  [ReturnCode.OK]: ['成功', 'OK'],
  [ReturnCode.INVALID_INPUT]: ['提交的信息有误，请按提示修改', 'Some fields are invalid; please correct them'],
  [ReturnCode.IDENTITY_IN_BODY]: ['请求中不得携带用户身份标识，身份由登录会话确定', 'Requests must not carry a user id; identity comes from your session'],
  [ReturnCode.UNAUTHENTICATED]: ['请先登录', 'Please sign in first'],
  [ReturnCode.SESSION_EXPIRED]: ['登录已过期，请重新登录', 'Your session has expired; please sign in again'],
  [ReturnCode.OTP_INVALID]: ['验证码错误或已过期', 'The code is wrong or has expired'],
  [ReturnCode.FORBIDDEN]: ['没有权限执行此操作', 'You are not allowed to do this'],
  [ReturnCode.ACCOUNT_DISABLED]: ['账号已停用', 'This account is disabled'],
  [ReturnCode.CONSENT_REQUIRED]: ['请先阅读并同意个人信息保护告知', 'Please read and accept the privacy notice first'],
  [ReturnCode.SECOND_APPROVER_REQUIRED]: ['须由另一名独立的工作人员审批：不能审批自己提交的申请，也不能审批与自己由同一管理员创建或批准、或与自己相互创建或批准的人员的申请', 'A second, different and independent staff member must approve: not the requester, nor anyone the requester made or was made by, nor anyone made or approved by the same admin within the cooling-off period'],
  [ReturnCode.IDENTITY_CHECK_REQUIRED]: ['您的身份需由工作人员当面核验，请携带证件到社区或采集点办理', 'Your identity needs an in-person check: please bring your document to a community office or collection point'],
  [ReturnCode.NOT_DECLARED]: ['请先完成健康申报', 'Please complete your health declaration first'],
  [ReturnCode.ID_ALREADY_BOUND]: ['该证件号已绑定其他账号，如非本人操作请联系审核人员', 'This ID number is bound to another account; if that was not you, contact an auditor'],
  [ReturnCode.DEVICE_REPLACED]: ['您的健康码已在另一部手机上使用，本机的码已失效；如需在本机使用，请选择“在本机使用”', 'Your code has moved to another phone and the code on this phone is revoked; choose "Use on this phone" to move it back'],
  [ReturnCode.GRANT_LIMIT]: ['一人最多为4位亲友代领', 'One person can hold grants for at most 4 others'],
  [ReturnCode.IDENTITY_LOCKED]: ['实名信息已绑定，修改需经审核人员核实', 'Your identity is already bound; changing it needs an auditor'],
  [ReturnCode.NOT_FOUND]: ['未找到', 'Not found'],
  [ReturnCode.UNKNOWN_FUNCTION]: ['没有这个接口', 'No such function'],
  [ReturnCode.CONFLICT]: ['与现有数据冲突', 'This conflicts with existing data'],
  [ReturnCode.PAYLOAD_TOO_LARGE]: ['请求内容过大', 'The request is too large'],
  [ReturnCode.RATE_LIMITED]: ['操作过于频繁，请稍后再试', 'Too many attempts; please wait and try again'],
  [ReturnCode.INTERNAL]: ['服务暂时出错，请稍后再试', 'Something went wrong; please try again later'],
  [ReturnCode.UNAVAILABLE]: ['服务暂不可用', 'The service is unavailable'],
  [ReturnCode.BUSY]: ['服务繁忙，请稍后重试；您的健康码不受影响，可照常出示', 'The service is busy; please try again shortly. Your code is unaffected and can be shown as usual']
}

const ISSUE_MESSAGES: Record<string, [string, string]> = {
  required: ['必填', 'Required'],
  invalid_type: ['格式不正确', 'Wrong type'],
  invalid_format: ['格式不正确', 'Invalid format'],
  too_short: ['内容太短', 'Too short'],
  too_long: ['内容太长', 'Too long'],
  too_small: ['数值太小', 'Too small'],
  too_big: ['数值太大', 'Too large'],
  invalid_value: ['不是允许的取值', 'Not an allowed value'],
  unknown_field: ['不认识的字段', 'Unknown field'],
  phone: ['请输入正确的11位手机号', 'Enter a valid 11-digit mainland mobile number'],
  otp: ['请输入6位数字验证码', 'Enter the 6-digit code'],
  region: ['请选择有效的行政区划', 'Choose a valid region'],
  id_format: ['身份证号应为18位，最后一位可为X', 'An ID number has 18 characters; the last may be X'],
  id_check_digit: ['身份证号校验位不正确，请核对', 'The ID number check digit is wrong; please check it'],
  id_birth_date: ['身份证号中的出生日期无效', 'The birth date in the ID number is not a real date'],
  id_birth_in_future: ['身份证号中的出生日期晚于今天', 'The birth date in the ID number is in the future'],
  future_date: ['日期不能晚于今天', 'The date cannot be in the future'],
  date_order: ['结束日期不能早于开始日期', 'The end date cannot be before the start date'],
  date_window: ['只需申报最近14天内的行程', 'Only trips within the last 14 days are declared'],
  temperature: ['体温应在34.0至43.0℃之间', 'Temperature must be between 34.0 and 43.0 °C'],
  name: ['请输入真实姓名（2至30个字）', 'Enter your legal name (2 to 30 characters)'],
  ...ID_ISSUE_MESSAGES
}

export function returnMessage(code: number, locale: Locale = 'zh-CN'): string {
  const m = RETURN_MESSAGES[code] ?? RETURN_MESSAGES[ReturnCode.INTERNAL]
  return locale === 'en' ? m[1] : m[0]
}

export function issueMessage(code: string, locale: Locale = 'zh-CN'): string {
  const m = ISSUE_MESSAGES[code] ?? ISSUE_MESSAGES.invalid_format
  return locale === 'en' ? m[1] : m[0]
}

export function localeFrom(header: string | undefined | null): Locale {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'zh-CN'
}
