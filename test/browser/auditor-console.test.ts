// Auditors under dual control in the console (desktop width), against the real host (Henan 2022: no one
// person may change a status). One auditor's request stays pending and changes nothing; the requester's
// own Approve is refused; a second auditor's approval applies it, and it shows in the citizen's code,
// history and the signed audit log. An appeal upheld with a change to green, approved by a second
// auditor, turns the code back.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite } from '../support/browser-suite'
import { declaredCitizen } from '../support/citizen-journey'
import { inspectSqlite } from '../support/db-inspect'
import { AUDITOR_1, AUDITOR_2, changeByApi, fileAppeal, fileCorrection, staffPage, statusOf, tokenOf } from '../support/ops-browser'
import { fill, textOf, waitForText } from '../support/staff-browser'

// pngjs ships no types; these are the calls we need.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { PNG } = require('pngjs') as { PNG: { new (o: { width: number; height: number }): { data: Buffer }; sync: { write(p: unknown): Buffer } } }

const suite = browserSuite({ timeout: 240_000 })

/** A small picture, as a citizen would attach a photo of a document. */
function photo(): string {
  const png = new PNG({ width: 48, height: 32 })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 40, 40, 255], i)
  return PNG.sync.write(png).toString('base64')
}

async function openQueue(page: Page) {
  await page.goto(`${suite.host.url}/packages/staff/pages/audit/index`)
  await page.locator('#queue-changes').waitFor()
}

/** The change card for the person with this masked ID in the queue. */
const changeCard = (page: Page, mine: 'yes' | 'no') => page.locator(`[id^="change-"][data-mine="${mine}"][data-state="pending"]`).first()

test('one auditor alone cannot red-code anyone, nor approve their own request; a second auditor can, and it shows everywhere', async () => {
  const { host, browser } = suite
  const citizen = await declaredCitizen(browser, host, '13966670001')
  const citizenToken = await tokenOf(citizen.page)
  const made = await host.call('correction-request', { category: 'trip', description: '行程记录有误，请核查 / my trip record is wrong', attachments: [{ mime: 'image/png', dataBase64: photo() }] }, citizenToken)
  expect(made.body.code).toBe(ReturnCode.OK)

  // Auditor 1, from the console to the queue to the case and its evidence.
  const a1 = await staffPage(browser, host, AUDITOR_1, true)
  await a1.page.goto(`${host.url}/packages/staff/pages/console/index`)
  await a1.page.click('#go-audit')
  await a1.page.waitForURL(/\/packages\/staff\/pages\/audit\/index/)
  const card = a1.page.locator(`#case-${made.body.data.id}`)
  expect(await card.innerText()).toContain('纠错 · 行程')
  expect(await card.innerText()).toContain('李*')
  expect(await card.innerText()).toContain('✓')
  await card.click()
  await a1.page.waitForURL(/\/packages\/staff\/pages\/case\/index\?kind=correction/)
  await waitForText(a1.page, '行程记录有误，请核查')
  expect(await textOf(a1.page, '#evidence-status')).toContain('绿码')
  expect(await textOf(a1.page, '#evidence-history')).toContain('规则评估')
  expect(await textOf(a1.page, '#evidence-declaration')).toContain('体温：36.5℃')
  await a1.page.locator('[id^="attachment-"][id$="-open"]').click()
  expect(await a1.page.locator('[id^="attachment-"][id$="-image"] img, img[id^="attachment-"]').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/)

  // The request, linked to this case and a document number.
  await a1.page.click('#case-change-status-red')
  await a1.page.click('#case-change-reason-contact-traced')
  await fill(a1.page, 'case-change-note', '流调确认为密接 / traced as a close contact')
  await fill(a1.page, 'case-change-evidence-ref', 'FD-2026-001')
  await a1.page.click('#case-change-submit')
  await waitForText(a1.page, '已提交：等待另一名审核员批准，状态尚未改变')
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'green' })

  // In the queue it is marked as theirs; their Approve is refused by the host, in words.
  await openQueue(a1.page)
  const mine = changeCard(a1.page, 'yes')
  expect(await mine.innerText()).toContain('★ 我提交的申请')
  expect(await mine.innerText()).toContain('流调确认为密切接触')
  await mine.locator('[id$="-approve"]').click()
  await mine.getByText('不能审批自己提交的申请：须由另一名审核员批准').waitFor()
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'green' })
  await citizen.page.reload()
  await citizen.page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })

  // A second auditor approves: the change applies.
  const a2 = await staffPage(browser, host, AUDITOR_2, true)
  await openQueue(a2.page)
  const theirs = changeCard(a2.page, 'no')
  expect(await theirs.innerText()).not.toContain('我提交的申请')
  // The approver sees what the request links to and can open the case's evidence first.
  expect(await theirs.innerText()).toContain('关联证据：文书编号 FD-2026-001')
  expect(await theirs.innerText()).toContain(`关联证据：纠错 ${made.body.data.id}`)
  await theirs.locator('[id$="-case"]').click()
  await a2.page.waitForURL(/\/packages\/staff\/pages\/case\/index\?kind=correction/)
  await waitForText(a2.page, '行程记录有误，请核查')
  await openQueue(a2.page)
  await theirs.locator('[id$="-approve"]').click()
  await waitForText(a2.page, '已批准：转码已生效')
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'red', reason: 'contact-traced', rule: 'manual' })

  // The citizen's code after refresh, and the history.
  await citizen.page.reload()
  await citizen.page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })
  expect(await textOf(citizen.page, '#code-reason')).toContain('流调确认为密切接触')
  expect(await textOf(citizen.page, '#code-exit')).toContain('须经审核员复核')
  await citizen.page.click('#go-history')
  await citizen.page.locator('#status-history').getByText('红码').waitFor()
  expect(await citizen.page.locator('#status-history').innerText()).toContain('人工核定')

  // The log: the request, the refused self-approval changed nothing, the change names both auditors.
  const db = await inspectSqlite(host.dataDir)
  const accountId = (await host.call('auth-session', {}, citizenToken)).body.data.account.id
  const entries = await db.rows('select action, actor, data from audit_log where subject = $1 order by seq', [accountId])
  await db.close()
  const actions = entries.map((e) => e.action)
  expect(actions).toEqual(expect.arrayContaining(['status.change.request', 'read.evidence', 'read.attachment', 'status.change']))
  const change = entries.filter((e) => e.action === 'status.change').pop()!
  expect(JSON.parse(String(change.data))).toMatchObject({ from: 'green', to: 'red', source: 'manual' })
  expect(String(change.actor)).toMatch(/^.+\+.+$/)
  const cli = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'healthcode.js'), 'audit-log', 'verify'], {
    env: { ...process.env, DATA_DIR: host.dataDir, DATABASE_URL: '', PG_SCHEMA: '' }, encoding: 'utf8'
  })
  expect(cli.status).toBe(0)
  expect(JSON.parse(cli.stdout.trim())).toMatchObject({ ok: true })
})

test('an appeal upheld in the console with a change to green, approved by a second auditor, turns the code back', async () => {
  const { host, browser } = suite
  const citizen = await declaredCitizen(browser, host, '13966670002')
  const citizenToken = await tokenOf(citizen.page)
  const a1 = await staffPage(browser, host, AUDITOR_1, true)
  const a2 = await staffPage(browser, host, AUDITOR_2, true)
  const [t1, t2] = [await tokenOf(a1.page), await tokenOf(a2.page)]
  // Red-coded by two auditors (through the API), then the citizen appeals (the citizen's own page is
  // another engineer's; the API does the same).
  const { holder } = await fileCorrection(host, t1, citizenToken)
  expect((await changeByApi(host, t2, t1, holder, 'red', 'LAB-2026-7')).state).toBe('approved')
  const appeal = await fileAppeal(host, t1, citizenToken)
  await citizen.page.reload()
  await citizen.page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })

  // Auditor 1 upholds the appeal with a change to green.
  await a1.page.goto(`${host.url}/packages/staff/pages/audit/index`)
  await a1.page.click(`#case-${appeal.id}`)
  await waitForText(a1.page, '复检阴性，申请转绿')
  expect(await textOf(a1.page, '#evidence-status')).toContain('红码')
  expect(await textOf(a1.page, '#evidence-history')).toContain('人工转码（双人复核）')
  await a1.page.click('#decision-outcome-upheld')
  await a1.page.click('#decision-reason-evidence-supports')
  await fill(a1.page, 'decision-note', '复检阴性，流调排除 / negative on retest')
  await a1.page.click('#decision-with-change-yes')
  await a1.page.click('#decision-status-green')
  await a1.page.click('#decision-change-reason-appeal-upheld')
  await a1.page.click('#decision-submit')
  await waitForText(a1.page, '已提交决定和转码申请：等待另一名审核员批准，状态尚未改变')
  await a1.page.locator('#case-summary[data-state="in-review"]').waitFor()
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'red' })

  // Auditor 2 approves it in the queue.
  await openQueue(a2.page)
  const pending = a2.page.locator('[id^="change-"][data-state="pending"]', { hasText: '申诉成立' })
  await pending.locator('[id$="-approve"]').click()
  await waitForText(a2.page, '已批准：转码已生效')
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'green', reason: 'appeal-upheld' })
  const cases = (await host.call('health-info', {}, citizenToken)).body.data.cases
  expect(cases.find((c: any) => c.id === appeal.id)).toMatchObject({ state: 'upheld', decision: { outcome: 'upheld', reasonCode: 'evidence-supports' } })

  await citizen.page.reload()
  await citizen.page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
})
