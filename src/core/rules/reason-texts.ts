// What each stable reason code means to the holder, in zh-CN and English. Manual changes by auditors
// use reason codes of their own (see the auditor console); an unknown code is shown as itself.
import type { Texts } from './rule-set'
import { CHANGE_REASONS } from '../review/reason-codes'

export const REASON_TEXTS: Record<string, Texts> = {
  confirmed: { zh: '确诊病例', en: 'Confirmed case' },
  suspected: { zh: '疑似病例', en: 'Suspected case' },
  'positive-test': { zh: '核酸检测结果阳性', en: 'Positive test result' },
  'close-contact': { zh: '密切接触者', en: 'Close contact' },
  'high-risk-area': { zh: '14天内到访高风险地区', en: 'Visited a high-risk area within 14 days' },
  'medium-risk-area': { zh: '14天内到访中风险地区', en: 'Visited a medium-risk area within 14 days' },
  fever: { zh: '体温异常（≥37.3℃）', en: 'Fever (37.3 °C or higher)' },
  symptoms: { zh: '申报了相关症状', en: 'Declared symptoms' },
  'secondary-contact': { zh: '次密切接触者', en: 'Secondary contact' }
}

export function reasonText(code: string | null): Texts | null {
  if (!code) return null
  return REASON_TEXTS[code] ?? CHANGE_REASONS[code] ?? { zh: code, en: code }
}

/** Whether the apps have words of their own for this reason code (the rules' or an auditor's). */
export function isKnownReason(code: string): boolean {
  return code in REASON_TEXTS || code in CHANGE_REASONS
}

/**
 * The holder's words for a status's reason: a known code's text; for a code of a region's own (a published
 * rule set may use any kebab-case code) the description of the rule that set it; never the bare code.
 */
export function holderReasonText(code: string | null, ruleDescription: Texts | null): Texts | null {
  if (!code) return null
  return REASON_TEXTS[code] ?? CHANGE_REASONS[code] ?? ruleDescription
}
