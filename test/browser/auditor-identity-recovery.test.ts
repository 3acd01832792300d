// An ID number someone else holds, end to end in the app and the auditor console. A new
// account declares with B's ID number: the app says only that the identity needs an in-person check, and
// B gets a notice. In the console the identity-recovery item names the account that tried (its own phone,
// masked) and its attempts (numbers masked, never B's data). One auditor records the document check, and
// cannot approve it themselves (40305, in words); a second auditor approves, and the identity moves: the
// new account is bound, B's account is not, and B's old code is revoked.
import type { Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite } from '../support/browser-suite'
import { acceptNotice, fillBasic, fillHealth, newPhone, signIn } from '../support/citizen-browser'
import { declaredCitizen } from '../support/citizen-journey'
import { inspectSqlite } from '../support/db-inspect'
import { AUDITOR_1, AUDITOR_2, staffPage, tokenOf } from '../support/ops-browser'
import { fill, waitForText } from '../support/staff-browser'

const suite = browserSuite({ timeout: 240_000 })

async function openQueue(page: Page) {
  await page.goto(`${suite.host.url}/packages/staff/pages/audit/index`)
  await page.locator('#queue-recoveries').waitFor()
}

test('a new account tries B\'s ID number; two auditors move it after an in-person check, and B\'s code is revoked', async () => {
  const { host, browser } = suite
  const b = await declaredCitizen(browser, host, '13966680001')
  const bToken = await tokenOf(b.page)

  // The new account, in the app, with B's number: one plain answer, nothing about B.
  const a = await newPhone(browser)
  await signIn(a.page, host, '13966680010')
  await acceptNotice(a.page)
  await fillBasic(a.page, { name: '李建国', id: b.id, household: '330106', address: '杭州市西湖区文三路 9 号' })
  await fillHealth(a.page)
  await a.page.click('#submit-declaration')
  await waitForText(a.page, '您的身份需由工作人员当面核验')
  expect(await a.page.locator('body').innerText()).not.toContain('已绑定')
  const aToken = await tokenOf(a.page)
  expect((await host.call('health-info', {}, aToken)).body.data.bound).toBe(false)
  const toB = (await host.call('notices-list', {}, bToken)).body.data.notices.filter((n: { kind: string }) => n.kind === 'identity')
  expect(toB).toHaveLength(1)

  // Auditor 1 finds the item by the person's own phone, looks at the attempts, records the document check.
  const a1 = await staffPage(browser, host, AUDITOR_1, true)
  await openQueue(a1.page)
  const recovery = (await host.call('audit-queue', {}, await tokenOf(a1.page))).body.data.recoveries[0]
  const card = a1.page.locator(`#recovery-${recovery.id}`)
  expect(await card.innerText()).toContain('尝试绑定的账号：139****0010')
  expect(await card.innerText()).toContain('待当面核验')
  await a1.page.click(`#recovery-${recovery.id}-show`)
  const attempts = card.locator(`#recovery-${recovery.id}-attempts`)
  await attempts.waitFor()
  expect(await attempts.innerText()).toContain(`居民身份证 ${b.id.slice(0, 2)}${'*'.repeat(14)}${b.id.slice(-2)} 李*`)
  expect(await attempts.innerText()).toContain('已属于其他账号')
  expect(await card.innerText()).not.toContain(b.id)
  await fill(a1.page, `recovery-${recovery.id}-note`, '当面查验居民身份证原件，号码与此次尝试一致')
  await card.locator(`[id^="recovery-${recovery.id}-request-"]`).click()
  await waitForText(a1.page, '已记录核验：等待另一名审核员批准，尚未转移')
  await a1.page.locator(`#recovery-${recovery.id}[data-state="requested"][data-mine="yes"]`).waitFor()
  // Their own Approve: refused by the host, in words; nothing moved.
  await a1.page.click(`#recovery-${recovery.id}-approve`)
  await card.getByText('不能审批自己提交的申请：须由另一名审核员批准').waitFor()
  expect((await host.call('health-info', {}, bToken)).body.data.bound).toBe(true)

  // Auditor 2 sees who checked it and what they wrote, and approves: the identity moves.
  const a2 = await staffPage(browser, host, AUDITOR_2, true)
  await openQueue(a2.page)
  const theirs = a2.page.locator(`#recovery-${recovery.id}[data-state="requested"][data-mine="no"]`)
  expect(await theirs.innerText()).toContain('当面查验居民身份证原件，号码与此次尝试一致')
  await a2.page.click(`#recovery-${recovery.id}-approve`)
  await waitForText(a2.page, '已批准：证件号已转入该账号，原账号的健康码已作废')
  await a2.page.locator(`#recovery-${recovery.id}`).waitFor({ state: 'detached' })

  expect((await host.call('health-info', {}, aToken)).body.data).toMatchObject({ bound: true, holder: { name: '李*' } })
  expect((await host.call('health-info', {}, bToken)).body.data.bound).toBe(false)
  const bNotices = (await host.call('notices-list', {}, bToken)).body.data.notices.map((n: { text: { title: { zh: string } } }) => n.text.title.zh)
  expect(bNotices).toContain('您账号的实名绑定已解除')
  const db = await inspectSqlite(host.dataDir)
  expect((await db.rows("select reason from revocations where reason = 'identity:moved'"))).toHaveLength(1)
  const log = (await db.rows("select action, actor from audit_log where action like 'identity.%' order by seq")).map(r => r.action)
  await db.close()
  expect(log).toEqual(expect.arrayContaining(['identity.bind.conflict', 'identity.recovery.request', 'identity.unbind', 'identity.recovery.approve']))
  expect((await host.call('code-generate', { devicePublicKey: 'A16+yFyC/2iWkzv4Smvn1S2fAqm26disLgTC/Uu3aeSp' }, bToken)).body.code).toBe(ReturnCode.NOT_DECLARED)
})
