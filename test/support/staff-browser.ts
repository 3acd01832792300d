// Drives the H5 app in Chromium the way a member of staff does: sign in with the one-time code the
// host's development outbox holds, then open staff pages. Taro renders <Input id=x> as
// <taro-input-core id=x><input/></taro-input-core>, so fields are filled through the inner element.
import type { Page } from 'playwright-core'
import { signIn as citizenSignIn } from './citizen-browser'

export async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id} input, #${id} textarea, input#${id}, textarea#${id}`).first().fill(value)
}

/** Waits until the page's text contains `text` (polling; never a fixed sleep). */
export async function waitForText(page: Page, text: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout })
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).trim()
}

/** Same sign-in as the citizen's (phone, one-time code from the outbox), landing on the home page. */
export const signIn = citizenSignIn

/** Taro storage on H5 is localStorage holding `{ data }` JSON per key. */
export async function readStorage<T = unknown>(page: Page, key: string): Promise<T | null> {
  return page.evaluate((k) => {
    const raw = localStorage.getItem(k)
    return raw ? (JSON.parse(raw).data as unknown) : null
  }, key) as Promise<T | null>
}

export async function writeStorage(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, JSON.stringify({ data: v })), [key, value] as const)
}

/** One scan through the camera on the scan page: start (or "scan next"), then the verdict's tone. */
export async function scanWithCamera(page: Page, button: 'start-scan' | 'scan-next' = 'start-scan'): Promise<string> {
  // Never read the previous verdict by mistake: wait for a result of a later scan than the one shown.
  // (Waiting for the old result to go away misses it when the next scan decides at once.)
  const before = await page.locator('#verify-result').getAttribute('data-scanned-at', { timeout: 1 }).catch(() => null)
  await page.click(`#${button}`)
  await page.waitForFunction((prev) => {
    const el = document.querySelector('#verify-result')
    return el !== null && el.getAttribute('data-scanned-at') !== prev
  }, before, { timeout: 30_000 })
  return (await page.getAttribute('#verify-result', 'data-verdict')) ?? ''
}
