// The verifier's path on H5 in real Chromium, camera included: the fake camera plays the citizen's QR
// (as the citizen's phone draws it), the page decodes it with jsQR and decides on the device.
//   a. a live code → green, masked name and ID;
//   b. the same QR replayed 2 minutes later (the verifier's clock moved on) → stale-presentation.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/chromium'
import { writeFakeCamera } from '../support/fake-camera'
import type { RunningHost } from '../support/host'
import { scanWithCamera, signIn, textOf, waitForText, startStaffHost } from '../support/staff-browser'
import { validIdNumber } from '../support/citizen'
import { makeCitizen } from '../support/verifier-fixtures'

jest.setTimeout(180_000)

let host: RunningHost
let browser: Browser
let page: Page
let dir: string

beforeAll(async () => {
  host = await startStaffHost()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-verifier-cam-'))
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

test('a live code scanned through the camera is green with the masked name and ID; replayed 2 minutes later it is stale', async () => {
  const id = validIdNumber('330106', '19880512', '001')
  const citizen = await makeCitizen(host, '13955550001', '钱小红', id)
  // The QR as the citizen's phone shows it now: the video replays exactly this frame.
  browser = await launchChromium({ fakeCamera: writeFakeCamera(citizen.qrAt(Date.now()), { dir, width: 640, height: 480 }) })
  const context = await browser.newContext({ locale: 'zh-CN' })
  page = await context.newPage()
  await page.clock.install()
  await signIn(page, host, '13800000003')
  await page.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(page, '核验名单 0 分钟前更新')

  expect(await scanWithCamera(page, 'start-scan')).toBe('green')
  expect(await textOf(page, '#verdict')).toBe('绿码 · 可通行')
  expect(await textOf(page, '#holder-name')).toBe('钱*')
  expect(await textOf(page, '#holder-id')).toBe(`33**************${id.slice(-2)}`)

  // Two minutes pass on the verifier's phone; the camera still shows the same (now old) picture.
  await page.clock.setSystemTime(Date.now() + 120_000)
  expect(await scanWithCamera(page, 'scan-next')).toBe('rejected')
  expect(await page.locator('#reason-stale-presentation').count()).toBe(1)
  expect(await textOf(page, '#reason-stale-presentation')).toContain('二维码已失效')
  expect(await page.locator('#holder-name').count()).toBe(0)
  await context.close()
})
