// Helpers for the relatives' (代领) and appeal browser tests: the verifier's desk driven through the scan
// page's text fallback (the QR read from another phone's screenshot with pngjs + jsQR), the held code's
// QR, and a small real PNG to attach.
import type { Browser, Page } from 'playwright-core'
import { openPage } from './browser-suite'
import type { RunningHost } from './host'
import { readQr } from './citizen-browser'
import { fill, readStorage, signIn, waitForText } from './staff-browser'

const { PNG } = require('pngjs') as { PNG: { new (o: { width: number; height: number }): { data: Buffer }; sync: { write(p: unknown): Buffer } } }

/** The demo verifier (13800000003, at 文三路核酸采集点) on the scan page with fresh lists. */
export async function verifierDesk(browser: Browser, host: RunningHost): Promise<Page> {
  const { page } = await openPage(browser, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }, 'verifier')
  await signIn(page, host, '13800000003')
  await page.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(page, '核验名单 0 分钟前更新')
  return page
}

/** One scan of `text` typed into the scan page (as a scanner gun would); the verdict's tone. */
export async function scanText(page: Page, text: string): Promise<string> {
  if (await page.locator('#scan-next').count()) {
    await page.click('#scan-next')
    await page.waitForSelector('#verify-result', { state: 'detached' })
  }
  await fill(page, 'code-text', text)
  await page.click('#verify-text')
  await page.waitForSelector('#verify-result', { timeout: 20_000 })
  return (await page.getAttribute('#verify-result', 'data-verdict')) ?? ''
}

/**
 * The QR on the page, scrolled into view, once the image has been decoded and painted: a screenshot taken
 * the instant a data: URL is set can catch a half-painted image, so this polls (never a fixed sleep).
 */
export async function readQrInView(page: Page, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await page.locator('#code-qr').scrollIntoViewIfNeeded()
    await page.waitForFunction(() => {
      const img = document.querySelector('#code-qr img') as HTMLImageElement | null
      return !!img && img.complete && img.naturalWidth > 0
    })
    try {
      return await readQr(page)
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/** Taro's `{data}` storage of the held codes (`hc.proxy`). */
export async function heldGrants(page: Page): Promise<Record<string, { credential: unknown; deviceKey: string | null }>> {
  return (await readStorage<{ grants: Record<string, { credential: unknown; deviceKey: string | null }> }>(page, 'hc.proxy'))?.grants ?? {}
}

/** A real 64×48 PNG (a grey gradient), as a phone photo of a paper would be, only smaller. */
export function smallPng(): Buffer {
  const png = new PNG({ width: 64, height: 48 })
  for (let i = 0; i < 64 * 48; i++) png.data.set([i % 256, 128, 200 - (i % 200), 255], i * 4)
  return PNG.sync.write(png)
}
