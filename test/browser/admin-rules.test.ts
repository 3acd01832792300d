// Rules are published, signed offline, never by the host. A region admin publishes through the UI: a rule
// set signed with a key the trust list does not hold is refused with a clear message naming the check;
// one signed with the region's rules key (<dataDir>/keys/rules.json, as `healthcode rules sign` would
// use it) is published and re-audits everyone. Anyone, signed out, reads the rules in force and the
// risk areas from the login page's link.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createIssuerKey, signerOf } from '@core/credential/issuer-key'
import { defaultRuleSet, signRuleSet } from '@core/rules'
import { browserSuite } from '../support/browser-suite'
import { ADMIN_1, staffPage } from '../support/ops-browser'
import { textOf, waitForText } from '../support/staff-browser'

const suite = browserSuite({ timeout: 180_000 })

const asFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) })

test('a rule set signed with a wrong key is refused with a clear message; one signed with the rules key is published', async () => {
  const { host, browser } = suite
  const rules = { ...defaultRuleSet(), region: '330100', version: 2 }
  const { page } = await staffPage(browser, host, ADMIN_1)
  await page.goto(`${host.url}/packages/staff/pages/console/index`)
  await page.click('#go-rules')
  await page.waitForURL(/\/packages\/staff\/pages\/rules\/index/)
  await waitForText(page, '内置默认规则 status-default 第 1 版')

  // Signed offline, but with a fresh rules key that is in no trust list.
  const stranger = createIssuerKey('ES256', '330100', (n) => new Uint8Array(randomBytes(n)), Date.now() - 60_000, { use: 'rules' })
  await page.setInputFiles('#rules-file', asFile('rules.signed.json', signRuleSet(rules, signerOf(stranger))))
  await waitForText(page, '已选择：rules.signed.json')
  await page.click('#publish-rules')
  await page.locator('#rules-refusal[data-code="unknown-key"]').waitFor()
  const refusal = await textOf(page, '#rules-refusal')
  expect(refusal).toContain('发布被拒绝：签名密钥不在信任列表中')
  expect(refusal).toContain('拒绝代码：unknown-key')
  expect((await host.call('rules-current', {})).body.data).toMatchObject({ source: 'built-in', version: 1 })

  // A file that is not a signed rule set never leaves the page.
  await page.setInputFiles('#rules-file', asFile('rules.json', rules))
  await waitForText(page, '不是已签名的规则文件')

  // Signed with the region's rules key: verified and published, and every citizen re-audited.
  const rulesKey = JSON.parse(readFileSync(join(host.dataDir, 'keys', 'rules.json'), 'utf8'))
  await page.setInputFiles('#rules-file', asFile('rules.signed.json', signRuleSet(rules, signerOf(rulesKey))))
  await page.click('#publish-rules')
  await waitForText(page, '已发布第 2 版，正在重新审核本地区所有居民')
  expect(await page.locator('#rules-refusal').count()).toBe(0)
  await waitForText(page, '✓ 重新审核完成')
  await waitForText(page, '已发布规则集 status-default 第 2 版')
  expect((await host.call('rules-current', {})).body.data).toMatchObject({ source: 'published', version: 2 })

  // The same set again is not newer: refused, and said so.
  await page.setInputFiles('#rules-file', asFile('rules.signed.json', signRuleSet(rules, signerOf(rulesKey))))
  await page.click('#publish-rules')
  await page.locator('#rules-refusal[data-code="version-not-newer"]').waitFor()
  expect(await textOf(page, '#rules-refusal')).toContain('版本号不高于现行版本')
})

test('anyone, signed out, reads the rules in force and the risk areas, in Chinese or English', async () => {
  const { host } = suite
  const { page } = await suite.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })
  await page.goto(`${host.url}/pages/login/index`)
  await page.click('#go-rules')
  await page.waitForURL(/\/packages\/public\/pages\/rules\/index/)
  await page.locator('#rule-list').waitFor()
  const first = await textOf(page, '#rule-red-confirmed')
  expect(first).toContain('确诊病例')
  expect(first).toContain('✕')
  expect(first).toContain('红码')
  expect(first).toContain('转绿条件：隔离满14天、连续打卡14天、核酸阴性')
  expect(await textOf(page, '#rule-yellow-fever')).toContain('健康监测满3天')
  // The demo data's high-risk area, with its name looked up.
  await waitForText(page, '湖北省 › 武汉市 › 武昌区（420106）')
  expect(await textOf(page, '#area-420106')).toContain('✕ 高风险')
  await page.click('#rule-red-confirmed-logic-toggle')
  expect(await textOf(page, '#rule-red-confirmed')).toContain('"var"')

  await page.getByText('English').click()
  await waitForText(page, 'Status rules')
  expect(await textOf(page, '#rule-red-confirmed')).toContain('Confirmed case')
  expect(await textOf(page, '#area-420106')).toContain('High risk')
})
