// How the holder sees their status: colour, reason, the rule (id@version), when it was set, the exit
// condition and the earliest exit time, in zh-CN and English.
import { describeExit, reasonText, StatusRecord } from '@core/rules'
import type { StatusView } from '@core/api/contract/citizen'

export function statusView(r: StatusRecord): StatusView {
  return {
    status: r.status, reason: r.reason, reasonText: reasonText(r.reason),
    rule: r.ruleId ? (r.ruleVersion === null ? r.ruleId : `${r.ruleId}@${r.ruleVersion}`) : null,
    setAt: r.setAt, exit: r.exit, earliestExitAt: r.earliestExitAt, exitText: describeExit(r)
  }
}
