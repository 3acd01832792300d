// Region admins import data through the UI, under dual control (Henan 2022): an upload changes no one's
// status until a second admin approves; the uploader sees the row check only, and the match preview is
// shown to the deciding admin, from whose alarms page every upload is visible; then the re-audit turns the affected citizen red, with reason
// and exit condition on the citizen's screen. The citizen's phone, offline, still shows the old green
// code; a verifier who syncs its lists rejects that code as revoked. A file with bad rows imports the
// good ones and reports each bad one; the same file again changes nothing.
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { browserSuite } from '../support/browser-suite'
import { chinaToday } from '../support/citizen'
import { readQr } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import { ADMIN_1, ADMIN_2, VERIFIER, staffPage, statusOf, tokenOf } from '../support/ops-browser'
import { fill, textOf, waitForText } from '../support/staff-browser'

const suite = browserSuite({ timeout: 240_000 })

/** On the imports page: choose the source and the file, upload; lands on the import's detail page. */
async function upload(page: Page, source: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.goto(`${suite.host.url}/packages/staff/pages/imports/index`)
  await page.click(`#import-source-${source}`)
  await page.setInputFiles('#import-file', file)
  await waitForText(page, `已选择：${file.name}`)
  await page.click('#upload-import')
}

async function importIdOf(page: Page): Promise<string> {
  await page.waitForURL(/\/packages\/staff\/pages\/import\/index\?id=/)
  return new URL(page.url()).searchParams.get('id')!
}

test('a risk-area import waits for a second admin, then turns the traveller red; the offline green code is revoked at the verifier', async () => {
  const { host, browser } = suite
  // A citizen holding a green code, who came back from 深圳市南山区 (440305) three days ago.
  const citizen: DeclaredPhone = await declaredCitizen(browser, host, '13966660001')
  const citizenToken = await tokenOf(citizen.page)
  const trip = await host.call('trip-declare', { trips: [{ region: '440305', from: chinaToday(-4), to: chinaToday(-3) }] }, citizenToken)
  expect(trip.body.data.status.status).toBe('green')
  // The phone goes offline and keeps showing the code it holds.
  await citizen.context.setOffline(true)

  const admin1 = await staffPage(browser, host, ADMIN_1)
  await admin1.page.goto(`${host.url}/packages/staff/pages/console/index`)
  await admin1.page.click('#go-imports')
  await admin1.page.waitForURL(/\/packages\/staff\/pages\/imports\/index/)
  const csv = `region_code,level,from,to\n440305,high,${chinaToday(-10)},${chinaToday(10)}\n`
  await upload(admin1.page, 'risk-areas', { name: '深圳风险地区.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const importId = await importIdOf(admin1.page)
  await admin1.page.locator('#import-state[data-state="preview"]').waitFor({ timeout: 30_000 })
  expect(await textOf(admin1.page, '#row-accepted')).toBe('✓ 已接受 1 行（共 1 行）')
  expect(await textOf(admin1.page, '#import-state')).toBe('◷ 待第二名管理员审批')
  // The uploader sees no match count: the preview is for the admin who decides, and the page says so.
  expect(await textOf(admin1.page, '#preview-for-decider')).toContain('匹配预览')
  expect(await admin1.page.locator('#import-preview').count()).toBe(0)
  expect(await admin1.page.locator('body').innerText()).not.toMatch(/将改变|重新审核 \d+ 人/)

  // The uploader's own approval is refused, in words; nothing has changed.
  await admin1.page.click('#approve-import')
  await waitForText(admin1.page, '须由另一名管理员审批：不能审批自己上传的文件')
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'green' })
  expect((await host.call('import-detail', { importId }, await tokenOf(admin1.page))).body.data.state).toBe('preview')

  // A second admin sees the upload on the alarms page, finds it in the list, reads the preview (logged)
  // and approves; the re-audit runs and its progress shows.
  const admin2 = await staffPage(browser, host, ADMIN_2)
  await admin2.page.goto(`${host.url}/packages/staff/pages/alarms/index`)
  await waitForText(admin2.page, '有管理员上传了导入文件')
  await waitForText(admin2.page, '风险地区：深圳风险地区.csv')
  await admin2.page.goto(`${host.url}/packages/staff/pages/imports/index`)
  await admin2.page.click(`#import-${importId}`)
  await admin2.page.locator('#import-state[data-state="preview"]').waitFor()
  await admin2.page.locator('#would-change').waitFor()
  expect(await textOf(admin2.page, '#would-change')).toBe('批准后将改变 1 人的状态：红码 1 人，黄码 0 人')
  expect(await textOf(admin2.page, '#preview-logged')).toContain('已记入审计日志')
  await admin2.page.click('#approve-import')
  await admin2.page.locator('#reaudit[data-state="done"]').waitFor({ timeout: 30_000 })
  expect(await textOf(admin2.page, '#job-state')).toBe('✓ 重新审核完成')
  expect(await textOf(admin2.page, '#job-changed')).toBe('状态改变 1 人')
  expect(await admin2.page.getAttribute('#job-progress', 'data-percent')).toBe('100')
  expect(await statusOf(host, citizenToken)).toMatchObject({ status: 'red', reason: 'high-risk-area' })
  // The uploader sees that the re-audit ran, not how many people it reached.
  await admin1.page.reload()
  await admin1.page.locator('#reaudit[data-state="done"]').waitFor({ timeout: 30_000 })
  expect(await textOf(admin1.page, '#job-counts-hidden')).toBe('重新审核的人数只向其他管理员显示')
  expect(await admin1.page.locator('#job-changed').count()).toBe(0)

  // Offline, the citizen's phone still draws the old green code.
  await citizen.page.locator('#health-code[data-status="green"]').waitFor()

  // A verifier's scan page syncs its lists when it opens; the green code on the offline phone is revoked.
  const verifier = await staffPage(browser, host, VERIFIER)
  await verifier.page.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(verifier.page, '核验名单 0 分钟前更新')
  const shown = await readQr(citizen.page)
  await fill(verifier.page, 'code-text', shown.text)
  await verifier.page.click('#verify-text')
  await verifier.page.waitForSelector('#verify-result')
  expect(await verifier.page.getAttribute('#verify-result', 'data-verdict')).toBe('rejected')
  expect(await textOf(verifier.page, '#reason-revoked')).toContain('码已被撤销')
  expect(await verifier.page.locator('#holder-name').count()).toBe(0)

  // Back online, the citizen's screen turns red and says why and how it ends.
  await citizen.context.setOffline(false)
  await citizen.page.reload()
  await citizen.page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })
  expect(await textOf(citizen.page, '#code-reason')).toContain('高风险')
  expect(await textOf(citizen.page, '#code-exit')).toMatch(/转绿条件：隔离满14天/)
})

test('a file with bad rows imports the good rows and reports each bad one; the same file again changes nothing', async () => {
  const { host, browser } = suite
  const book = new ExcelJS.Workbook()
  book.addWorksheet('风险地区').addRows([
    ['地区代码', '风险等级', '开始日期', '结束日期'],
    ['330108', '中', chinaToday(-2), chinaToday(5)],
    ['999999', '高', chinaToday(-2), chinaToday(5)],
    ['330109', '严重', chinaToday(-2), chinaToday(5)],
    ['330110', '低', chinaToday(5), chinaToday(-2)],
    ['330108', '中', chinaToday(-2), chinaToday(5)]
  ])
  const file = { name: '杭州风险地区.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) }
  const areasBefore = (await host.call('rules-current', {})).body.data.riskAreas.length

  const admin1 = await staffPage(browser, host, ADMIN_1)
  await upload(admin1.page, 'risk-areas', file)
  const importId = await importIdOf(admin1.page)
  await admin1.page.locator('#import-state[data-state="preview"]').waitFor({ timeout: 30_000 })
  expect(await textOf(admin1.page, '#row-accepted')).toBe('✓ 已接受 1 行（共 5 行）')
  expect(await textOf(admin1.page, '#row-rejected')).toBe('⊘ 已拒绝 4 行')
  expect(await textOf(admin1.page, '#problem-3-region_code')).toContain('第 3 行 · 列 region_code')
  expect(await textOf(admin1.page, '#problem-3-region_code')).toContain('不是有效的行政区划代码')
  expect(await textOf(admin1.page, '#problem-4-level')).toContain('风险等级应为')
  expect(await textOf(admin1.page, '#problem-5-to')).toContain('结束日期早于开始日期')
  expect(await textOf(admin1.page, '#problem-6-row')).toContain('与本文件中前面的行重复')

  const admin2 = await staffPage(browser, host, ADMIN_2)
  await admin2.page.goto(`${host.url}/packages/staff/pages/import/index?id=${importId}`)
  await admin2.page.click('#approve-import')
  await admin2.page.locator('#import-state[data-state="approved"]').waitFor()
  await admin2.page.locator('#reaudit[data-state="done"]').waitFor({ timeout: 30_000 })
  const areas = (await host.call('rules-current', {})).body.data.riskAreas as { regionCode: string; level: string }[]
  expect(areas).toHaveLength(areasBefore + 1)
  expect(areas).toContainEqual(expect.objectContaining({ regionCode: '330108', level: 'medium' }))

  // The same file again: the earlier import answers, and nothing is stored twice.
  const importsBefore = (await host.call('import-list', {}, await tokenOf(admin1.page))).body.data.imports.length
  await upload(admin1.page, 'risk-areas', file)
  await waitForText(admin1.page, '此文件已导入，未作任何更改')
  expect(admin1.page.url()).toMatch(/\/packages\/staff\/pages\/imports\/index/)
  await admin1.page.click('#open-duplicate')
  expect(await importIdOf(admin1.page)).toBe(importId)
  expect((await host.call('import-list', {}, await tokenOf(admin1.page))).body.data.imports).toHaveLength(importsBefore)
  expect((await host.call('rules-current', {})).body.data.riskAreas).toHaveLength(areasBefore + 1)
})
