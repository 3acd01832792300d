// The compiled WeChat login page, rendered by miniprogram-simulate from dist/weapp.
import { loadPage, tap, typeInto, waitFor, type LoadedPage } from './simulate'

jest.setTimeout(30_000)

let page: LoadedPage | null = null
afterEach(() => {
  page?.detach()
  page = null
})

test('renders the zh-CN login form', async () => {
  page = await loadPage('pages/login/index')
  const text = await waitFor(() => page!.text().includes('获取验证码') && page!.text(), 5000, 'login form')
  expect(text).toContain('登录')
  expect(text).toContain('手机号')
  expect(text).toContain('验证码')
})

test('an invalid phone shows the field message and never calls the host', async () => {
  page = await loadPage('pages/login/index')
  await waitFor(() => page!.text().includes('获取验证码'), 5000, 'login form')
  typeInto(page.comp, 'phone', '12345')
  tap(page.comp, 'send-code')
  const text = await waitFor(() => page!.text().includes('手机号格式不正确') && page!.text(), 5000, 'phone field message')
  expect(text).toContain('⚠')
  expect(page.calls).toEqual([])
})

test('a valid phone requests a code through wx.cloud with only the phone in data', async () => {
  page = await loadPage('pages/login/index', { cloud: () => ({ code: 0, message: 'ok', data: { ttlSeconds: 300 } }) })
  await waitFor(() => page!.text().includes('获取验证码'), 5000, 'login form')
  typeInto(page.comp, 'phone', '+86 138 0013 8000')
  tap(page.comp, 'send-code')
  await waitFor(() => page!.text().includes('验证码已发送'), 5000, 'code sent notice')
  expect(page.calls).toEqual([{ name: 'auth-otp-request', data: { phone: '13800138000' } }])
})

test('English is used when saved as the language', async () => {
  page = await loadPage('pages/login/index', { storage: { 'hc.lang': 'en' } })
  const text = await waitFor(() => page!.text().includes('Send code') && page!.text(), 5000, 'English form')
  expect(text).toContain('Mobile number')
})

test('a wrong code answered by the host (40103) shows under the code field', async () => {
  page = await loadPage('pages/login/index', {
    cloud: ({ name }) =>
      name === 'auth-otp-verify' ? { code: 40103, error: 'otp_invalid', message: '验证码错误或已过期' } : { code: 0, message: 'ok', data: { ttlSeconds: 300 } }
  })
  await waitFor(() => page!.text().includes('获取验证码'), 5000, 'login form')
  typeInto(page.comp, 'phone', '13800138000')
  typeInto(page.comp, 'code', '123456')
  tap(page.comp, 'sign-in')
  await waitFor(() => page!.text().includes('验证码错误或已过期'), 5000, 'code field message')
  expect(page.calls.map((c) => c.name)).toEqual(['auth-otp-verify'])
})

test('signing in stores the session the host returned', async () => {
  const account = { id: 'a1', roles: ['citizen'], region: '330100', phoneMasked: '138****8000' }
  const session = { token: 't0k3n', expiresAt: Date.now() + 3600_000, account }
  page = await loadPage('pages/login/index', { cloud: () => ({ code: 0, message: 'ok', data: session }) })
  await waitFor(() => page!.text().includes('获取验证码'), 5000, 'login form')
  typeInto(page.comp, 'phone', '13800138000')
  typeInto(page.comp, 'code', '123456')
  tap(page.comp, 'sign-in')
  const stored = await waitFor(() => (globalThis as any).wx.getStorageSync('hc.session'), 5000, 'stored session')
  expect(stored).toEqual(session)
  expect(page.calls).toEqual([{ name: 'auth-otp-verify', data: { phone: '13800138000', code: '123456' } }])
})
