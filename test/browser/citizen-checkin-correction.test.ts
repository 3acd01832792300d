// The daily check-in and the correction request, through the H5 pages against the real host: field
// messages from the same rules as the host's, the check-in counted, the request listed.
import { browserSuite } from '../support/browser-suite'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'

const suite = browserSuite({ timeout: 150_000 })
let phone: DeclaredPhone

beforeAll(async () => {
  phone = await declaredCitizen(suite.browser, suite.host, '13955550005')
})

test('check in: an impossible temperature is refused at the field, a real one is counted', async () => {
  const { page } = phone
  await page.getByText('今日尚未打卡').waitFor()
  await page.click('#go-checkin')
  await page.waitForSelector('#checkin-temperature input')
  await page.fill('#checkin-temperature input', '48')
  await page.click('#submit-checkin')
  await page.getByText('体温应在34.0至43.0℃之间').waitFor()
  await page.fill('#checkin-temperature input', '36.4')
  await page.click('#submit-checkin')
  await page.waitForURL(/\/pages\/index\/index/)
  await page.getByText('今日已打卡，连续 1 天').waitFor()
  await page.locator('#health-code[data-status="green"]').waitFor()
})

test('a correction request needs a few words, then is sent and listed', async () => {
  const { page } = phone
  await page.click('#go-correction')
  await page.waitForSelector('#correction-description textarea')
  await page.click('#correction-category-test')
  await page.fill('#correction-description textarea', '错')
  await page.click('#submit-correction')
  await page.getByText('内容太短').waitFor()
  await page.fill('#correction-description textarea', '11月20日的核酸结果应为阴性')
  await page.click('#submit-correction')
  await page.getByText('已提交，审核人员会尽快处理').waitFor()
  await page.locator('[id^="correction-"]').getByText(/核酸检测 · ○ 待处理/).waitFor()
})
