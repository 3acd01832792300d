// 代领, end to end in real Chromium against the real host: a grandmother offers her grandson "hold and show
// my code" through the app; until he accepts she sees only the number she typed, waiting, and he sees her
// number, no name; he accepts in his app (by keyboard); his phone draws her code and a verifier scans it
// green; she revokes the grant; at his next sync his phone stops showing it and deletes it, and a verifier
// that has synced rejects the code he showed before as revoked. Her access history lists his acceptance,
// his views and the scan.
import type { Page } from 'playwright-core'
import { STATUS_POLL_MS } from '@core/client/renewal'
import { browserSuite } from '../support/browser-suite'
import { newPhone, signIn, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import { heldGrants, readQrInView, scanText, verifierDesk } from '../support/relatives-browser'
import { fill, textOf, waitForText } from '../support/staff-browser'

const GRANDSON = '13955550041'
const GRANDMA = '13955550042'
const suite = browserSuite({ timeout: 240_000 })
let grandma: DeclaredPhone
let grandson: Page
let desk: Page

beforeAll(async () => {
  const { host, browser } = suite
  // He signs in once (so his number has an account); he has no declaration of his own. His clock is
  // installed so the test can move it on to his next sync.
  grandson = (await newPhone(browser, { beforeLoad: (p) => p.clock.install() })).page
  await signIn(grandson, host, GRANDSON)
  grandma = await declaredCitizen(browser, host, GRANDMA)
  desk = await verifierDesk(browser, host)
})

test('she offers him "hold and show my code"; he accepts in his app; his phone shows it and a verifier scans it green; she revokes it', async () => {
  const { host } = suite
  const { page } = grandma
  await page.click('#go-relatives')
  await page.waitForSelector('#grant-form')
  await fill(page, 'grant-phone', GRANDSON)
  await page.click('#grant-scope-hold')
  await fill(page, 'grant-purpose', '陪同就医')
  await page.click('#grant-days-30')
  await page.click('#grant-submit')
  await waitForText(page, '已发出，等待对方接受')
  // Until he accepts she sees what she typed, masked, and "waiting": nothing of who has that number.
  const given = page.locator('[id^="given-"]', { hasText: '139****0041' })
  await given.getByText('⟳ 等待对方接受').waitFor()
  const grantId = (await given.getAttribute('id'))!.replace('given-', '')

  // His phone: the offer waits for him, from her number (masked), no name; he accepts it with the keyboard.
  await grandson.click('#go-relatives')
  const offer = grandson.locator(`#incoming-${grantId}`)
  await offer.getByText('139****0042 向您发出授权').waitFor()
  await offer.getByText('代 TA 持有并出示健康码').waitFor()
  expect(await offer.innerText()).not.toContain('李*')
  expect(await offer.getAttribute('aria-label')).toBe('139****0042 向您发出授权')
  await grandson.focus(`#accept-${grantId}`)
  expect(await grandson.evaluate(() => document.activeElement?.id)).toBe(`accept-${grantId}`)
  await grandson.keyboard.press('Enter')
  await waitForText(grandson, '已接受，授权现已生效')
  // The offer leaves his list once the list is read again after the answer.
  await grandson.locator(`#incoming-${grantId}`).waitFor({ state: 'detached' })
  await page.reload()
  await page.locator(`#given-${grantId}`).getByText('✓ 生效中').waitFor()

  // His phone: relatives → the grant he holds → her code, drawn here with a key made for this grant.
  await grandson.locator(`#held-${grantId}`).getByText('李* · 139****0042').waitFor()
  await grandson.click(`#open-${grantId}`)
  await grandson.waitForURL(/\/packages\/citizen\/pages\/held\/index/)
  await grandson.locator('#held-banner').getByText('代 李* · 139****0042 出示').waitFor()
  await grandson.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  const shown = await readQrInView(grandson)
  expect(await verifyWithCli(host, shown.text, shown.at)).toMatchObject({ valid: true, claims: { status: 'green', name: '李*' } })
  expect((await heldGrants(grandson))[grantId]).toMatchObject({ credential: { credential: expect.stringMatching(/^HZ1:/) } })

  // The verifier at 文三路 scans what his screen shows.
  expect(await scanText(desk, shown.text)).toBe('green')
  expect(await textOf(desk, '#holder-name')).toBe('李*')
  await waitForText(desk, '扫码记录已全部上传')

  // She revokes the grant (asked once more before it happens).
  await page.reload()
  await page.click(`#revoke-${grantId}`)
  await page.click(`#revoke-confirm-${grantId}`)
  await page.locator('#grants-ended').getByText('⊘ 已撤销').waitFor()

  // His next sync (the poll while the page is visible): the grant is gone, so is her code.
  await grandson.clock.fastForward(STATUS_POLL_MS + 1000)
  await grandson.locator('#held-gone').getByText('该授权已结束，本机保存的代领码已删除').waitFor({ timeout: 20_000 })
  expect(await grandson.locator('#code-qr').count()).toBe(0)
  expect((await heldGrants(grandson))[grantId]).toBeUndefined()
  await grandson.goto(`${host.url}/pages/index/index`)
  await grandson.waitForSelector('#go-relatives')
  expect(await grandson.locator(`#go-held-${grantId}`).count()).toBe(0)

  // A verifier that has synced since rejects the code he showed before: revoked.
  const synced = desk.waitForResponse((r) => r.url().endsWith('/api/trust-sync'))
  await desk.click('#sync-trust')
  await synced
  expect(await scanText(desk, shown.text)).toBe('rejected')
  expect(await desk.locator('#reason-revoked').count()).toBe(1)
  expect(await verifyWithCli(host, shown.text, shown.at)).toMatchObject({ valid: false, reasons: ['revoked'] })
})

test('her access history lists his acceptance, his views of her code and the scan at the collection point', async () => {
  const { host } = suite
  const { page } = grandma
  await page.goto(`${host.url}/pages/index/index`)
  await page.click('#go-access')
  await page.waitForSelector('[id^="access-"]')
  const scan = page.locator('[data-kind="scan"]').first()
  for (const s of ['▣ 扫码核验', '核验员', '文三路核酸采集点', '核验点扫码']) await scan.getByText(s).waitFor()
  // The green scan of his screen shows what the checkpoint saw.
  await page.locator('[data-kind="scan"]').filter({ hasText: '核验结果' }).filter({ hasText: '绿码' }).first().waitFor()
  const relative = page.locator('[data-kind="relative"]').filter({ hasText: '亲友代为亮码' }).first()
  for (const s of ['◆ 亲友', '139****0041', '亲友代为亮码']) await relative.getByText(s).waitFor()
  const accepted = page.locator('[data-kind="relative"]').filter({ hasText: '亲友授权已接受' }).first()
  await accepted.getByText('139****0041').waitFor()
})
