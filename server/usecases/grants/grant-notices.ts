// The in-app notices of two-sided grants, in zh-CN and en: to the person an offer or request waits for
// (only when their number has an account; a number without one gets nothing, and finds the offer on the
// relatives page when it first signs in), and to the opener once the other side accepted or an auditor
// confirmed. `who` is the other person's masked phone number, never a name before acceptance.
import type { GrantScope } from '@core/api/contract/grants'
import type { Notice } from '../../ports/notice-store'

type Text = Notice['text']

const HOLD = { zh: '代其持有并出示健康码', en: 'hold and show their code' }
const VIEW = { zh: '查看其健康状态', en: 'see their health status' }
const MY_HOLD = { zh: '代您持有并出示健康码', en: 'hold and show your code' }
const MY_VIEW = { zh: '查看您的健康状态', en: 'see your health status' }

/** To the person an offer (grant-create) or a request (grant-request) waits for. */
export function waitingNotice(openedBy: 'grantor' | 'grantee', scope: GrantScope, purpose: string, who: string | null): Text {
  const zhWho = who ?? '一位亲友'
  const enWho = who ?? 'A relative'
  if (openedBy === 'grantor') {
    const what = scope === 'hold' ? HOLD : VIEW
    return {
      title: { zh: '亲友代领：有人向您发出授权', en: 'Relatives: someone offers you a grant' },
      body: {
        zh: `${zhWho} 想授权您${what.zh}（用途：${purpose}）。请在“亲友代领”中接受或拒绝；不认识对方请拒绝或不予理会。`,
        en: `${enWho} offers to let you ${what.en} (purpose: ${purpose}). Accept or decline it under Relatives; if you do not know them, decline or ignore it.`
      }
    }
  }
  const what = scope === 'hold' ? MY_HOLD : MY_VIEW
  return {
    title: { zh: '亲友代领：有人申请代领', en: 'Relatives: someone asks for a grant' },
    body: {
      zh: `${zhWho} 申请${what.zh}（用途：${purpose}）。请在“亲友代领”中接受或拒绝；不认识对方请拒绝或不予理会。`,
      en: `${enWho} asks to ${what.en} (purpose: ${purpose}). Accept or decline it under Relatives; if you do not know them, decline or ignore it.`
    }
  }
}

/** To the opener, once the other side accepted (or an auditor confirmed in person). */
export function activeNotice(scope: GrantScope, who: string | null, byAuditor: boolean): Text {
  const what = scope === 'hold' ? { zh: '代领健康码', en: 'hold-and-show' } : { zh: '查看健康状态', en: 'view-status' }
  const zhWho = who ?? '亲友'
  const enWho = who ?? 'your relative'
  return {
    title: { zh: '亲友代领：授权已生效', en: 'Relatives: a grant is now active' },
    body: byAuditor
      ? { zh: `您与 ${zhWho} 之间的${what.zh}授权已由审核人员当面核实，现已生效。`, en: `The ${what.en} grant between you and ${enWho} was confirmed in person by an auditor and is now active.` }
      : { zh: `${zhWho} 已接受，您与其之间的${what.zh}授权现已生效。`, en: `${enWho} accepted: the ${what.en} grant between you is now active.` }
  }
}
