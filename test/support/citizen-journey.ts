// The steps most citizen browser tests start from: a signed-in citizen holding a green code.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { RunningHost } from './host'
import { acceptNotice, fillBasic, fillHealth, newPhone, signIn, type PhoneOptions } from './citizen-browser'
import { validIdNumber } from './citizen'

export interface DeclaredPhone {
  context: BrowserContext
  page: Page
  id: string
}

/** Sign in, accept, declare a clean first declaration, and wait for the green code. */
export async function declaredCitizen(browser: Browser, host: RunningHost, phone: string, opts: PhoneOptions = {}): Promise<DeclaredPhone> {
  const { context, page } = await newPhone(browser, opts)
  const n = Number(phone.slice(-4))
  const birth = `1979${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`
  const id = validIdNumber('330106', birth, phone.slice(-3))
  await signIn(page, host, phone)
  await acceptNotice(page)
  await fillBasic(page, { name: '李建国', id, household: '330106', address: '杭州市西湖区文三路 2 号' })
  await fillHealth(page)
  await page.click('#submit-declaration')
  await page.waitForURL(/\/pages\/index\/index/)
  await page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  return { context, page, id }
}
