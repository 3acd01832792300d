// The bulk threshold (Henan 2022: 1,317 people red-coded by hand). Twenty manual changes requested by one
// auditor within the hour go through (made here through the API); the 21st, requested and approved in
// the console, is held: the approver reads "stopped and the admins were alarmed", the person's status is
// unchanged, and the region admin finds the alarm on the alarms page and cancels it with a note.
import { browserSuite } from '../support/browser-suite'
import { ADMIN_2, AUDITOR_1, AUDITOR_2, changeByApi, fileCorrection, staffPage, statusOf, tokenOf } from '../support/ops-browser'
import { fill, textOf, waitForText } from '../support/staff-browser'
import { makeCitizen } from '../support/verifier-fixtures'

const suite = browserSuite({ timeout: 240_000 })

test('the 21st manual change by one auditor within an hour is held and alarms an admin', async () => {
  const { host, browser } = suite
  const requester = await host.login(AUDITOR_2)
  const approver = await host.login(AUDITOR_1)
  const people: { token: string; holder: string }[] = []
  for (let i = 1; i <= 21; i++) {
    const c = await makeCitizen(host, `1396668${String(i).padStart(4, '0')}`, '赵小' + '一二三四五六七八九十'[i % 10])
    people.push({ token: c.token, holder: (await fileCorrection(host, approver, c.token)).holder })
  }
  for (const [i, p] of people.slice(0, 20).entries()) expect((await changeByApi(host, requester, approver, p.holder, 'yellow', `B-${i}`)).state).toBe('approved')
  const last = people[20]

  // The 21st: requested by the same auditor in the console, by holder number.
  const a2 = await staffPage(browser, host, AUDITOR_2, true)
  await a2.page.goto(`${host.url}/packages/staff/pages/audit/index`)
  await fill(a2.page, 'manual-change-holder', last.holder)
  await a2.page.click('#manual-change-status-yellow')
  await a2.page.click('#manual-change-reason-contact-traced')
  await fill(a2.page, 'manual-change-note', '批量流调 / bulk tracing')
  await fill(a2.page, 'manual-change-evidence-ref', 'B-20')
  await a2.page.click('#manual-change-submit')
  await waitForText(a2.page, '已提交：等待另一名审核员批准，状态尚未改变')
  await a2.page.locator('[id^="change-"][data-mine="yes"]').waitFor()

  // Approved by the other auditor in the console: held, and said so.
  const a1 = await staffPage(browser, host, AUDITOR_1, true)
  await a1.page.goto(`${host.url}/packages/staff/pages/audit/index`)
  const card = a1.page.locator('[id^="change-"][data-state="pending"][data-mine="no"]')
  await card.waitFor()
  expect(await card.count()).toBe(1)
  await card.locator('[id$="-approve"]').click()
  const held = a1.page.locator('[id^="change-"][data-state="held"]')
  await held.getByText('已暂停并通知管理员：超过批量转码阈值，转码未生效').waitFor()
  expect(await held.innerText()).toContain('⏸ 已暂停并通知管理员')
  expect(await statusOf(host, last.token)).toMatchObject({ status: 'green' })

  // An admin sees the alarm and cancels the change, with a note; it never applies.
  const admin = await staffPage(browser, host, ADMIN_2)
  await admin.page.goto(`${host.url}/packages/staff/pages/console/index`)
  await admin.page.click('#go-alarms')
  await admin.page.waitForURL(/\/packages\/staff\/pages\/alarms\/index/)
  await waitForText(admin.page, '⚠ 1 条告警待处理')
  const alarm = admin.page.locator('[id^="alarm-"][data-state="open"][data-kind="bulk-manual"]')
  expect(await alarm.innerText()).toContain('人工转码超过批量阈值，已暂停')
  expect(await alarm.innerText()).toContain('申请人一小时内已生效 20 次（上限 20）')
  await alarm.locator('[id$="-cancel"]').click()
  await alarm.getByText('请填写处理说明（至少 2 个字）').waitFor()
  await fill(admin.page, (await alarm.getAttribute('id'))! + '-note', '核查后取消：批量转码缺少逐人证据')
  await alarm.locator('[id$="-cancel"]').click()
  await waitForText(admin.page, '已取消')
  await admin.page.locator('[id^="alarm-"][data-state="resolved"]').waitFor()
  expect(await textOf(admin.page, '#alarms-open')).toBe('✓ 没有待处理的告警')
  expect(await statusOf(host, last.token)).toMatchObject({ status: 'green' })
  const change = (await host.call('audit-queue', {}, await tokenOf(a1.page))).body.data.changes
  expect(change).toHaveLength(0)
})
