// 关怀模式 on the compiled WeChat app (dist/weapp in miniprogram-simulate): with care mode saved on the
// phone, the home shows the code with its status in words, and read-aloud plays the status's clip from the
// care sub-package (WeChat has no speech engine). The audio player is the platform edge, so it is stubbed.
import '../support/jsdom-text-encoding'
import fs from 'node:fs'
import path from 'node:path'
import { issueFixture } from '../support/credential-fixture'
import { DIST, loadPage, tap, waitFor, type LoadedPage } from './simulate'

jest.setTimeout(30_000)

const g = globalThis as any
let page: LoadedPage | null = null
let players: { src: string; played: number; obeyMuteSwitch?: boolean }[] = []

beforeEach(() => {
  players = []
  g.wx = g.wx ?? {}
  g.wx.createInnerAudioContext = () => {
    const p = { src: '', played: 0, play() { p.played++ }, stop() {}, destroy() {}, onError() {}, onEnded() {} }
    players.push(p)
    return p
  }
})
afterEach(() => {
  page?.detach()
  page = null
})

const account = { id: 'acc-1', roles: ['citizen'], region: '330100', phoneMasked: '139****0001' }
const session = { token: 't', expiresAt: Date.now() + 3600_000, account }

async function careHome(status: 'green' | 'red', lang: 'zh-CN' | 'en'): Promise<LoadedPage> {
  const f = issueFixture({ status })
  const wallet = { accountId: account.id, deviceKey: f.devicePrivateKeyBase64, credential: { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt }, status: null, regionNames: { '330100': '杭州市' } }
  // Offline: the code shows from the phone's storage alone.
  return loadPage('pages/index/index', { storage: { 'hc.session': session, 'hc.wallet': wallet, 'hc.lang': lang, 'hc.care': 'on' }, cloud: () => ({ code: 59901, message: 'offline' }) })
}

test('the care home shows the code with its status in words, and read-aloud plays the green clip in Chinese', async () => {
  page = await careHome('green', 'zh-CN')
  // The QR is drawn (the words for a missing QR go away) beside the status in words.
  const text = await waitFor(() => page!.text().includes('绿码 · 可通行') && !page!.text().includes('二维码生成失败') && page!.text(), 10_000, 'the care home')
  for (const s of ['刷新健康码', '读出健康码状态', '请亲友帮忙', '关怀模式（大字）', '✓ 已开启']) expect(text).toContain(s)
  // Only the code: none of the normal home's services or check-in.
  expect(text).not.toContain('服务')
  expect(text).not.toContain('每日打卡')

  tap(page.comp, 'care-read-aloud')
  const player = await waitFor(() => players.find((p) => p.played > 0), 5_000, 'a clip playing')
  expect(player.src).toBe('/packages/care/clips/green-zh.mp3')
  expect(player.played).toBe(1)
  // The clip is really in the care sub-package of the build, not in the main package.
  expect(fs.existsSync(path.join(DIST, player.src))).toBe(true)
})

test('in English a red code plays the English red clip', async () => {
  page = await careHome('red', 'en')
  await waitFor(() => page!.text().includes('Red · you may not pass'), 10_000, 'the English care home')
  tap(page.comp, 'care-read-aloud')
  const player = await waitFor(() => players.find((p) => p.played > 0), 5_000, 'a clip playing')
  expect(player.src).toBe('/packages/care/clips/red-en.mp3')
  expect(fs.existsSync(path.join(DIST, player.src))).toBe(true)
})
