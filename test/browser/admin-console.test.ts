// The region admin in real Chromium: from the staff console, open a collection point, add a verifier
// bound to it — who has no staff power until a second admin approves on their own staff page — then
// disable that verifier (which ends their sessions). Checked against the host's API.
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite } from '../support/browser-suite'
import { fill, signIn, textOf, waitForText } from '../support/staff-browser'

const suite = browserSuite({ timeout: 120_000 })

test('an admin creates a collection point and a verifier there; a second admin approves; the first disables the verifier', async () => {
  const { host } = suite
  const { page } = await suite.newPage({ locale: 'zh-CN' })
  await signIn(page, host, '13800000001')
  await page.goto(`${host.url}/packages/staff/pages/console/index`)
  await page.click('#go-points')
  await page.waitForURL(/\/packages\/staff\/pages\/points\/index/)
  await fill(page, 'new-point-name', '古荡社区采集点')
  await fill(page, 'new-point-address', '杭州市西湖区古墩路 1 号')
  await page.click('#new-point-kind-collection')
  await page.click('#create-point')
  await waitForText(page, '已添加：古荡社区采集点')
  const point = page.locator('[id^="point-"]', { hasText: '古荡社区采集点' }).first()
  expect(await point.innerText()).toContain('✓ 开放中')

  await page.goto(`${host.url}/packages/staff/pages/staff/index`)
  await waitForText(page, '工作人员（5）')
  await fill(page, 'new-phone', '13955580001')
  await fill(page, 'new-name', '郑核验')
  await page.click('#new-role-verifier')
  await page.locator('#new-point [role="radio"]', { hasText: '古荡社区采集点' }).click()
  await page.click('#create-staff')
  await waitForText(page, '已提交：郑核验')
  const card = page.locator('[id^="staff-"][data-status]', { hasText: '郑核验' })
  expect(await card.innerText()).toContain('古荡社区采集点')
  expect(await card.getAttribute('data-status')).toBe('pending')
  expect(await card.innerText()).toContain('等待另一名管理员审批')
  expect(await card.locator('[id$="-approve"]').count()).toBe(0)

  // Until a second admin approves, the newcomer is a citizen only.
  const newcomer = await host.login('13955580001')
  expect((await host.call('auth-session', {}, newcomer)).body.data.account).toMatchObject({ roles: ['citizen'] })

  // The second admin sees it waiting, with who asked, and approves it.
  const second = await suite.newPage({ locale: 'zh-CN' })
  await signIn(second.page, host, '13800000004')
  await second.page.goto(`${host.url}/packages/staff/pages/staff/index`)
  await waitForText(second.page, '待另一名管理员审批（1）')
  const theirs = second.page.locator('[id^="staff-"][data-status]', { hasText: '郑核验' })
  expect(await theirs.innerText()).toContain('新增为核验员 — 由 演示管理员 / Demo admin 申请')
  await theirs.locator('[id$="-approve"]').click()
  await waitForText(second.page, '已批准：郑核验')
  expect(await theirs.getAttribute('data-status')).toBe('active')
  // The power starts with a fresh sign-in.
  expect((await host.call('auth-session', {}, newcomer)).body.code).toBe(ReturnCode.SESSION_EXPIRED)
  const verifier = await host.login('13955580001')
  expect((await host.call('auth-session', {}, verifier)).body.data.account).toMatchObject({ roles: ['citizen', 'verifier'] })

  await page.reload()
  await waitForText(page, '工作人员（6）')
  expect(await card.innerText()).toContain('✓ 在岗')

  await card.locator('[id$="-toggle"]').click()
  await page.waitForFunction(() => document.body.innerText.includes('已停用'))
  expect(await card.getAttribute('data-status')).toBe('disabled')
  expect(await textOf(page, '[id^="staff-"][data-status="disabled"] [id$="-status"]')).toBe('⊘ 已停用')

  const admin = await host.login('13800000001')
  const staff = (await host.call('staff-list', {}, admin)).body.data.staff as { displayName: string; status: string; phoneMasked: string }[]
  expect(staff.find((m) => m.displayName === '郑核验')).toMatchObject({ status: 'disabled', phoneMasked: '139****0001' })
  // Disabling ended the verifier's session.
  expect((await host.call('auth-session', {}, verifier)).body.code).toBe(ReturnCode.SESSION_EXPIRED)
})
