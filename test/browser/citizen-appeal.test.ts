// A red status seen from the holder's side, in real Chromium against the real host: the notice of the
// change (unread count on the home page), the countdown to the earliest exit next to the exit condition,
// an appeal with a photo attached (a wrong file refused on the phone), and the appeal open in the history.
import { browserSuite } from '../support/browser-suite'
import { chinaToday } from '../support/citizen'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import { smallPng } from '../support/relatives-browser'
import { fill, textOf } from '../support/staff-browser'

const PHONE = '13955550061'
const suite = browserSuite({ timeout: 180_000 })
let phone: DeclaredPhone

beforeAll(async () => {
  const { host } = suite
  phone = await declaredCitizen(suite.browser, host, PHONE)
  const token = await host.login(PHONE)
  await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-1), to: chinaToday() }] }, token)
})

test('the change arrives as a notice, and the code page counts down to the earliest exit', async () => {
  const { page } = phone
  await page.reload()
  await page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })
  expect(await textOf(page, '#code-exit-left')).toMatch(/^距最早转绿还有 1[34] 天( \d+ 小时)?$/)
  await page.locator('#go-notices').getByText('消息（1 条未读）').waitFor()
  const read = page.waitForResponse((r) => r.url().endsWith('/api/notices-read'))
  await page.click('#go-notices')
  const notice = page.locator('[id^="notice-"]').first()
  for (const s of ['⟳ 状态变更', '健康码已变为红码', '● 新消息']) await notice.getByText(s).waitFor()
  // Opened means read (on the host too): the home page no longer counts it.
  expect((await (await read).json()).data).toEqual({ read: 1 })
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.locator('#go-notices').getByText(/^消息$/).waitFor()
})

test('an appeal with a photo is filed, and shows as open in the history', async () => {
  const { host } = suite
  const { page } = phone
  await page.click('#go-appeal')
  await page.locator('#appeal-status').getByText('红码').waitFor()
  await fill(page, 'appeal-description', '11月25日只在武昌区火车站转车，未出站')

  // What is not a JPEG or PNG is refused on the phone, in words: a file that only claims to be a picture,
  // and a real picture of another type (a GIF), told apart by its first bytes.
  const attach = async (name: string, mimeType: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser')
    await page.click('#appeal-attach-add')
    await (await chooser).setFiles({ name, mimeType, buffer })
  }
  await attach('ticket.png', 'image/png', Buffer.from('not really a picture'))
  await page.getByText('图片读取失败，请重新选择').waitFor()
  await attach('ticket.gif', 'image/gif', Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'))
  await page.getByText('只能添加 JPG 或 PNG 格式的图片').waitFor()
  expect(await page.locator('#appeal-attach-item-0').count()).toBe(0)
  await attach('ticket.png', 'image/png', smallPng())
  await page.locator('#appeal-attach-item-0').getByText('图片 1 · PNG').waitFor()

  const sent = page.waitForResponse((r) => r.url().endsWith('/api/appeal-request'))
  await page.click('#submit-appeal')
  const body = (await (await sent).request().postDataJSON()) as { attachments: { mime: string; dataBase64: string }[] }
  expect(body.attachments).toEqual([{ mime: 'image/png', dataBase64: smallPng().toString('base64') }])
  await page.getByText(/申诉已提交，审核人员会尽快处理/).waitFor()
  await page.locator('[id^="appeal-"][data-state="open"]').getByText('申诉 · ○ 待处理').waitFor()

  // The history lists it as open, next to the status it is about and the time left.
  await page.goto(`${host.url}/packages/citizen/pages/history/index`)
  await page.locator('#history-cases [data-state="open"]').getByText('申诉 · ○ 待处理').waitFor()
  expect(await textOf(page, '#history-exit-left')).toMatch(/^距最早转绿还有 1[34] 天/)

  // An auditor sees the photo with the appeal.
  const auditor = await host.login('13800000002')
  const queue = await host.call('audit-queue', {}, auditor)
  const appeal = queue.body.data.cases.find((c: { kind: string }) => c.kind === 'appeal')
  const evidence = await host.call('audit-evidence', { kind: 'appeal', caseId: appeal.id }, auditor)
  expect(evidence.body.data.case.attachments).toHaveLength(1)
  expect(evidence.body.data.case.attachments[0]).toMatchObject({ mime: 'image/png' })
})
