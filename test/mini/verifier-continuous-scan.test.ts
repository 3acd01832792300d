// The verifier's continuous scan on the compiled WeChat page (miniprogram-simulate): one tap on 开始上岗, then
// wx.scanCode reopens by itself after each result and hands over three people's codes in turn; three results
// with no tap in between, each with its own vibration rhythm (vibrateShort / vibrateLong) and, where WeChat has
// WebAudio, its own tones. wx's APIs are stand-ins at the platform's edge; everything else is the real build.
import '../support/jsdom-text-encoding'
import { randomBytes } from 'node:crypto'
import { presentCredential } from '@core/credential/present'
import { issueFixture } from '../support/credential-fixture'
import { verifierCloud, VERIFIER_ACCOUNT } from './verifier-cloud'
import { loadPage, tap, waitFor, type LoadedPage } from './simulate'

jest.setTimeout(30_000)

const g = globalThis as any
const people = [
  issueFixture({ status: 'green', surname: '赵', idEnds: '1101' }),
  issueFixture({ status: 'yellow', surname: '钱', idEnds: '2202' }),
  issueFixture({ status: 'red', surname: '孙', idEnds: '3303' })
]
const trustList = () => ({ issuers: people.flatMap((p) => p.trustList.issuers), maxAgeSeconds: 86400, syncSeconds: 300 })

const host = verifierCloud(trustList)

/** What the verifier's phone did, in order: each scanner opening that read a code, each buzz, the scanner closed. */
let events: string[] = []
let tones: number[] = []

/** Before app.js loads (Taro wraps only the wx APIs it finds at launch): the camera shows three people, then the verifier closes it. */
function phone({ webAudio }: { webAudio: boolean }) {
  events = []
  tones = []
  const codes = people.map((p) => presentCredential(p.credential, p.devicePrivateKey, Date.now() / 1000))
  let opened = 0
  g.wx = g.wx ?? {}
  g.wx.scanCode = (o: { success?: (r: unknown) => void; fail?: (e: unknown) => void }) => {
    const i = opened++
    setTimeout(() => {
      if (i < codes.length) {
        events.push(`scan ${i + 1}`)
        o.success?.({ errMsg: 'scanCode:ok', result: codes[i], scanType: 'QR_CODE' })
      } else {
        events.push('closed')
        o.fail?.({ errMsg: 'scanCode:fail cancel' })
      }
    }, 0)
  }
  const buzz = (kind: string) => (o: { success?: (r: unknown) => void } = {}) => {
    events.push(kind)
    setTimeout(() => o.success?.({ errMsg: `vibrate:ok` }), 0)
  }
  // WeChat's CSPRNG (miniprogram-simulate's stand-in answers zeros, which would give every scan the same key).
  g.wx.getRandomValues = ({ length, success }: { length: number; success: (r: { randomValues: ArrayBuffer }) => void }) =>
    setTimeout(() => success({ randomValues: Uint8Array.from(randomBytes(length)).buffer }), 0)
  g.wx.vibrateShort = buzz('short')
  g.wx.vibrateLong = buzz('long')
  if (!webAudio) {
    delete g.wx.createWebAudioContext
    return
  }
  // WeChat's WebAudioContext, as far as the workspace uses it: oscillators into gains, started at a time.
  const param = () => ({ value: 0, setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined })
  g.wx.createWebAudioContext = () => ({
    state: 'running', onstatechange: null, currentTime: 0, destination: {},
    resume: () => Promise.resolve(), close: () => Promise.resolve(),
    createGain: () => ({ gain: param(), connect: () => undefined }),
    createOscillator() {
      const osc = { type: 'sine', frequency: param(), connect: () => undefined, stop: () => undefined, start: () => void tones.push(osc.frequency.value) }
      return osc
    }
  })
}

const storage = () => ({
  'hc.session': { token: 't', expiresAt: Date.now() + 3600_000, account: VERIFIER_ACCOUNT },
  'hc.trust': { ...trustList(), syncedAt: new Date().toISOString() },
  // The verifier chose 1 s on the scan page earlier; the choice is kept on the phone.
  'hc.workspace': { holdSeconds: 1, sound: true }
})

let page: LoadedPage | null = null
afterEach(() => {
  page?.detach()
  page = null
})

/** Waits for each verdict in turn (each stays up for 1 s); returns the page text while each was up. */
async function threeResults(p: LoadedPage): Promise<string[]> {
  const shown: string[] = []
  for (const verdict of ['绿码 · 可通行', '黄码 · 按规定处置', '红码 · 不得通行']) {
    shown.push(await waitFor(() => p.text().includes(verdict) && p.text(), 8000, verdict))
  }
  return shown
}

test('one tap, then three people in turn: three results with no tap, buzzing short, short-short, long', async () => {
  phone({ webAudio: false })
  page = await loadPage('packages/staff/pages/scan/index', { cloud: host, storage: storage() })
  await waitFor(() => page!.text().includes('开始上岗'), 5000, 'start shift button')
  tap(page.comp, 'start-scan')

  const shown = await threeResults(page)
  for (const text of shown) expect(text).toContain('杭州市')
  expect(shown[0]).toContain('赵*')
  expect(shown[1]).toContain('钱*')
  expect(shown[2]).toContain('孙*')
  expect(shown[0]).toContain('结果显示 1 秒后自动继续扫码')
  // The fourth opening is closed by the verifier: the shift ends and the start button is back.
  await waitFor(() => events.includes('closed') && page!.text().includes('开始上岗'), 8000, 'scanner closed')
  expect(events).toEqual(['scan 1', 'short', 'scan 2', 'short', 'short', 'scan 3', 'long', 'closed'])
  const text = page.text()
  expect(text).toContain('本次已核验 3 人')
  expect(text).toContain('第 3 人：红码 · 不得通行，杭州市')
  // No WebAudio on this WeChat: the verifier is told that verdicts come by vibration only.
  expect(text).toContain('本机无法播放提示音，仅以振动提示')

  await waitFor(() => page!.text().includes('扫码记录已全部上传'), 5000, 'queue emptied')
  const uploaded = page.calls.filter((c) => c.name === 'scan-record').flatMap((c) => c.data.scans as { idempotencyKey: string; status: string }[])
  expect(new Set(uploaded.map((s) => s.idempotencyKey)).size).toBe(3)
  expect(uploaded.map((s) => s.status)).toEqual(['green', 'yellow', 'red'])
})

test('where WeChat has WebAudio, each verdict also sounds: one high beep, two mid beeps, one low tone', async () => {
  phone({ webAudio: true })
  page = await loadPage('packages/staff/pages/scan/index', { cloud: host, storage: storage() })
  await waitFor(() => page!.text().includes('开始上岗'), 5000, 'start shift button')
  tap(page.comp, 'start-scan')
  await threeResults(page)
  await waitFor(() => events.includes('closed'), 8000, 'scanner closed')
  // The first oscillator is the silent one started in the tap, which unlocks the audio.
  expect(tones.slice(1)).toEqual([1320, 660, 660, 220])
  expect(page.text()).not.toContain('仅以振动提示')
})
