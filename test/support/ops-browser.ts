// Helpers for the admin and auditor browser tests: staff in their own browser contexts (auditors at a
// desktop width), the session token a page holds (to check through the API what the UI did), polling
// a citizen's status, and citizens who have filed a case (so auditors find them in the queue).
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { openPage } from './browser-suite'
import type { RunningHost } from './host'
import { readStorage, signIn } from './staff-browser'

export const ADMIN_1 = '13800000001'
export const ADMIN_2 = '13800000004'
export const AUDITOR_1 = '13800000002'
export const AUDITOR_2 = '13800000005'
export const VERIFIER = '13800000003'

/** A member of staff signed in in a context of their own; `desk` is a desktop-sized window. */
export async function staffPage(browser: Browser, host: RunningHost, phone: string, desk = false): Promise<{ context: BrowserContext; page: Page }> {
  const staff = await openPage(browser, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: desk ? { width: 1366, height: 900 } : { width: 390, height: 844 } }, phone)
  await signIn(staff.page, host, phone)
  return staff
}

/** The session token the app stored after signing in. */
export async function tokenOf(page: Page): Promise<string> {
  const s = await readStorage<{ token: string }>(page, 'hc.session')
  if (!s?.token) throw new Error('no session in storage')
  return s.token
}

export async function statusOf(host: RunningHost, token: string): Promise<{ status: string; reason: string | null; rule: string | null }> {
  const r = await host.call('health-info', {}, token)
  if (r.body.code !== ReturnCode.OK) throw new Error('health-info failed: ' + JSON.stringify(r.body))
  return r.body.data.status
}

/** Polls the citizen's status through the API until `until` holds (re-audits run in the background). */
export async function waitForStatus(host: RunningHost, token: string, until: (s: { status: string; reason: string | null }) => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const s = await statusOf(host, token)
    if (until(s)) return s
    if (Date.now() > deadline) throw new Error('status did not settle: ' + JSON.stringify(s))
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Files a correction for the citizen, so the region's auditors see them in the queue; returns the case and the holder. */
export async function fileCorrection(host: RunningHost, auditorToken: string, citizenToken: string, description = '我没有去过该地区，请核查 / please check') {
  const made = await host.call('correction-request', { category: 'status', description }, citizenToken)
  if (made.body.code !== ReturnCode.OK) throw new Error('correction-request failed: ' + JSON.stringify(made.body))
  return caseInQueue(host, auditorToken, made.body.data.id)
}

export async function fileAppeal(host: RunningHost, auditorToken: string, citizenToken: string, description = '复检阴性，申请转绿 / negative on retest') {
  const made = await host.call('appeal-request', { description }, citizenToken)
  if (made.body.code !== ReturnCode.OK) throw new Error('appeal-request failed: ' + JSON.stringify(made.body))
  return caseInQueue(host, auditorToken, made.body.data.id)
}

async function caseInQueue(host: RunningHost, auditorToken: string, id: string): Promise<{ id: string; kind: string; holder: string }> {
  const queue = (await host.call('audit-queue', {}, auditorToken)).body.data
  const item = queue.cases.find((c: { id: string }) => c.id === id)
  if (!item?.person?.holder) throw new Error('case not in the queue: ' + id)
  return { id, kind: item.kind, holder: item.person.holder }
}

/** A manual change requested by one auditor and approved by another, through the API. */
export async function changeByApi(host: RunningHost, requester: string, approver: string, holder: string, toStatus: string, ref: string) {
  const req = await host.call('status-change-request', { subject: { holder }, toStatus, reasonCode: 'contact-traced', note: '流调确认 / traced', evidence: [{ kind: 'document', ref }] }, requester)
  if (req.body.code !== ReturnCode.OK) throw new Error('status-change-request failed: ' + JSON.stringify(req.body))
  const ok = await host.call('status-change-approve', { changeId: req.body.data.id }, approver)
  if (ok.body.code !== ReturnCode.OK) throw new Error('status-change-approve failed: ' + JSON.stringify(ok.body))
  return ok.body.data as { id: string; state: string }
}
