// Fixed lists auditors choose from (a free-text note goes with each): why a status is changed by hand,
// and why a correction or appeal is upheld or rejected. Stable codes; texts in zh-CN and English.
import type { Texts } from '../rules/rule-set'

export const CHANGE_REASONS: Record<string, Texts> = {
  'lab-confirmed': { zh: '经实验室检测确认', en: 'Confirmed by a laboratory test' },
  'contact-traced': { zh: '流调确认为密切接触', en: 'Traced as a close contact' },
  'data-error': { zh: '数据有误已核实更正', en: 'Wrong data, verified and corrected' },
  'appeal-upheld': { zh: '申诉成立', en: 'Appeal upheld' },
  'identity-mismatch': { zh: '身份信息核实有误', en: 'Identity did not match on verification' },
  'isolation-completed': { zh: '已完成隔离并经核实', en: 'Isolation completed and verified' }
}

export const DECISION_REASONS: Record<string, Texts> = {
  'evidence-supports': { zh: '证据支持申请', en: 'The evidence supports the request' },
  'evidence-insufficient': { zh: '证据不足', en: 'Not enough evidence' },
  'data-confirmed': { zh: '原数据经核实无误', en: 'The original data was verified as correct' },
  duplicate: { zh: '重复申请', en: 'Duplicate request' },
  'out-of-scope': { zh: '不属于本地区处理范围', en: 'Not for this region to decide' }
}

export const CHANGE_REASON_CODES = Object.keys(CHANGE_REASONS) as [string, ...string[]]
export const DECISION_REASON_CODES = Object.keys(DECISION_REASONS) as [string, ...string[]]
