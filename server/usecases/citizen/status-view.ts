// How the holder sees their status: colour, reason, the rule (id@version), when it was set, the exit
// condition and the earliest exit time, in zh-CN and English.
import { describeExit, holderReasonText, reasonText, StatusRecord, type Texts } from '@core/rules'
import type { StatusView } from '@core/api/contract/citizen'

/**
 * `ruleDescription`, when given, is the description of the rule that set the status: a reason code the apps
 * do not know is then shown with it (rule-descriptions.ts) instead of as the bare code.
 */
export function statusView(r: StatusRecord, ruleDescription?: Texts | null): StatusView {
  return {
    status: r.status, reason: r.reason, reasonText: ruleDescription === undefined ? reasonText(r.reason) : holderReasonText(r.reason, ruleDescription),
    rule: r.ruleId ? (r.ruleVersion === null ? r.ruleId : `${r.ruleId}@${r.ruleVersion}`) : null,
    setAt: r.setAt, exit: r.exit, earliestExitAt: r.earliestExitAt, exitText: describeExit(r)
  }
}
