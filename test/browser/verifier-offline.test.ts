// The verifier works without the network and fails closed on old lists (real Chromium, camera path):
//   c. offline (no reload), scans still decide and are queued; back online the queue lands exactly once,
//      even when the first upload's answer is lost after the host processed it and the batch is retried;
//   d. with the stored lists older than their maximum age, a valid code reads "cannot verify: update needed".
import type { BrowserContext, Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite } from '../support/browser-suite'
import { inspectSqlite, type Inspector } from '../support/db-inspect'
import { readStorage, scanWithCamera, signIn, textOf, waitForText, writeStorage } from '../support/staff-browser'
import { makeCitizen } from '../support/verifier-fixtures'

const suite = browserSuite({ timeout: 180_000, camera: { width: 640, height: 480 } })
let db: Inspector

beforeAll(async () => {
  db = await inspectSqlite(suite.host.dataDir)
})

afterAll(async () => {
  await db?.close()
})

/** A camera that shows `qr`, and a page signed in as the demo verifier, on the scan page with fresh lists. */
async function verifierDesk(qr: string): Promise<{ context: BrowserContext; page: Page }> {
  const { host } = suite
  suite.showOnCamera(qr)
  const { context, page } = await suite.newPage({ locale: 'zh-CN' })
  await signIn(page, host, '13800000003')
  await page.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(page, '核验名单 0 分钟前更新')
  return { context, page }
}

test('offline scans decide and queue; back online the queue lands once, also when the first upload is retried', async () => {
  const { host } = suite
  const citizen = await makeCitizen(host, '13955560001', '孙小明')
  const { context, page } = await verifierDesk(citizen.qrAt(Date.now()))
  const before = await db.count('scans')

  await context.setOffline(true)
  const verdicts = [await scanWithCamera(page, 'start-scan'), await scanWithCamera(page, 'scan-next'), await scanWithCamera(page, 'scan-next')]
  expect(verdicts).toEqual(['green', 'green', 'green'])
  expect(await textOf(page, '#holder-name')).toBe('孙*')
  await waitForText(page, '待上传 3 条扫码记录')
  expect(await page.locator('#offline-banner').count()).toBe(1)
  const queued = (await readStorage<{ idempotencyKey: string; offline: boolean }[]>(page, 'hc.scanQueue'))!
  expect(new Set(queued.map((q) => q.idempotencyKey)).size).toBe(3)
  expect(queued.every((q) => q.offline)).toBe(true)
  expect(await db.count('scans')).toBe(before)

  // The first upload after reconnecting reaches the host, which records it; its answer is then lost.
  let online = false
  const answers: unknown[] = []
  await page.route('**/api/scan-record', async (route) => {
    if (!online) return route.abort('internetdisconnected')
    if (answers.length === 0) {
      const response = await route.fetch()
      answers.push(await response.json())
      return route.abort('connectionreset')
    }
    const response = await route.fetch()
    answers.push(await response.json())
    return route.fulfill({ response })
  })
  online = true
  await context.setOffline(false)
  // The browser's online event starts the upload at once.
  await waitForCondition(() => answers.length >= 1)
  expect(await db.count('scans')).toBe(before + 3)
  // Retried with the same keys (the "upload now" button, or the next retry tick): nothing new is recorded.
  if (await page.locator('#flush-queue').count()) await page.click('#flush-queue')
  await waitForText(page, '扫码记录已全部上传', 30_000)
  expect(answers).toHaveLength(2)
  expect(answers[0]).toMatchObject({ code: ReturnCode.OK, data: { accepted: 3, duplicates: 0 } })
  expect(answers[1]).toMatchObject({ code: ReturnCode.OK, data: { accepted: 0, duplicates: 3 } })
  expect(await db.count('scans')).toBe(before + 3)
  const rows = await db.rows('select idempotency_key, verdict, status, offline from scans order by scanned_at')
  expect(rows.slice(-3).map((r) => r.idempotency_key).sort()).toEqual(queued.map((q) => q.idempotencyKey).sort())
  expect(rows.slice(-3).every((r) => r.verdict === 'valid' && r.status === 'green' && Number(r.offline) === 1)).toBe(true)
  expect(await readStorage(page, 'hc.scanQueue')).toEqual([])

  // The verifier's history lists them as recorded, marked as checked offline.
  await page.goto(`${host.url}/packages/staff/pages/history/index`)
  await page.waitForSelector('#uploaded-scans')
  const history = await page.locator('#uploaded-scans').innerText()
  expect(history.match(/✓ 有效 · ✓ 绿码/g)).toHaveLength(3)
  expect(history.match(/离线核验/g)).toHaveLength(3)
})

test('lists older than their maximum age: a valid code yields "cannot verify: update needed" until the lists are updated', async () => {
  const { host } = suite
  const citizen = await makeCitizen(host, '13955560002', '周小芳')
  const { context, page } = await verifierDesk(citizen.qrAt(Date.now()))
  const trust = (await readStorage<{ syncedAt: string; maxAgeSeconds: number }>(page, 'hc.trust'))!
  expect(trust.maxAgeSeconds).toBe(24 * 3600)

  // A day and an hour without a sync (the phone was offline all that time).
  await context.setOffline(true)
  await writeStorage(page, 'hc.trust', { ...trust, syncedAt: new Date(Date.parse(trust.syncedAt) - 25 * 3600_000).toISOString() })
  expect(await scanWithCamera(page, 'start-scan')).toBe('update')
  expect(await textOf(page, '#verdict')).toBe('无法核验：需更新核验名单')
  expect(await page.locator('#holder-name').count()).toBe(0)
  await waitForText(page, '核验名单已过期')

  // Back online, the verifier updates the lists; the same code is then valid.
  await context.setOffline(false)
  await page.click('#sync-trust')
  await waitForText(page, '核验名单 0 分钟前更新')
  expect(await scanWithCamera(page, 'scan-next')).toBe('green')
  await waitForText(page, '扫码记录已全部上传', 30_000)
  const rows = await db.rows('select verdict from scans order by scanned_at desc limit 2')
  expect(rows.map((r) => r.verdict)).toEqual(['valid', 'update-needed'])
})

async function waitForCondition(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  for (const t0 = Date.now(); !check(); ) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}
