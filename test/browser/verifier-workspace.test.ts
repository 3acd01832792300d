// The verifier's workspace at a busy door, in real Chromium against the real host, with the fake camera:
//   a. a verifier signs in onto the scanner; one "开始上岗" tap starts the camera and a running AudioContext; three
//      people's codes come into view one after another and give three results with no tap in between, each with
//      its own vibration pattern and tones, the issuing region named (杭州市), counted and said in words;
//   b. one person's code held in view for more than 10 s is recorded once (the host's scans table);
//   c. an auditor lands on the staff console, and reaches their own code in one tap.
import type { Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { presentCredential } from '@core/credential/present'
import { browserSuite } from '../support/browser-suite'
import { declaration, validIdNumber } from '../support/citizen'
import { inspectSqlite, type Inspector } from '../support/db-inspect'
import type { RunningHost } from '../support/host'
import { signIn, textOf, waitForText } from '../support/staff-browser'
import { declareHighRiskTrip, makeCitizen, type Citizen } from '../support/verifier-fixtures'

const suite = browserSuite({ timeout: 180_000, camera: { width: 640, height: 480 } })
const VERIFIER = '13800000003'
const AUDITOR = '13800000002'
let db: Inspector

beforeAll(async () => {
  db = await inspectSqlite(suite.host.dataDir)
})

afterAll(async () => {
  await db?.close()
})

/** A fresh code for the citizen's current colour, on the same phone key (as the app renews after a change). */
async function renewed(host: RunningHost, citizen: Citizen): Promise<string> {
  const r = await host.call('code-generate', { devicePublicKey: citizen.device.publicKeyBase64 }, citizen.token)
  if (r.body.code !== ReturnCode.OK) throw new Error('code-generate failed: ' + JSON.stringify(r.body))
  return presentCredential(r.body.data.credential as string, citizen.device.privateKey, Date.now() / 1000)
}

interface Seen {
  at: string
  verdict: string
  region: string | null
  /** How many vibrate() calls and oscillator tones had been made when this result appeared. */
  vibrations: number
  tones: number
}

/**
 * Before the app loads: navigator.vibrate and OscillatorNode.start record what they are asked to do (the real
 * ones still run), and every new recorded result on screen is noted the moment it renders, so nothing the
 * workspace shows for only two seconds is missed.
 */
async function watchWorkspace(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __vibrations: number[][]; __tones: number[]; __results: Seen[] }
    w.__vibrations = []
    w.__tones = []
    w.__results = []
    Object.defineProperty(Navigator.prototype, 'vibrate', {
      configurable: true, writable: true,
      value(pattern: number | number[]) {
        w.__vibrations.push(Array.isArray(pattern) ? [...pattern] : [pattern])
        return true
      }
    })
    const start = OscillatorNode.prototype.start
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      w.__tones.push(Math.round(this.frequency.value))
      return start.call(this, when)
    }
    const seen = new Set<string>()
    new MutationObserver(() => {
      const held = document.querySelector('#held-result')
      const result = document.querySelector('#verify-result')
      const at = result?.getAttribute('data-scanned-at')
      if (!held || !result || !at || held.getAttribute('data-repeat') === 'true' || seen.has(at)) return
      seen.add(at)
      w.__results.push({
        at, verdict: result.getAttribute('data-verdict') ?? '', region: document.querySelector('#issuer-region')?.textContent?.trim() ?? null,
        vibrations: w.__vibrations.length, tones: w.__tones.length
      })
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  })
}

const results = (page: Page) => page.evaluate(() => (window as unknown as { __results: Seen[] }).__results)

test('a verifier lands on the scanner; after one tap three people give three results with no tap, each with its own sound and vibration', async () => {
  const { host } = suite
  const green = await makeCitizen(host, '13955590001', '赵小青')
  const yellow = await makeCitizen(host, '13955590002', '钱小黄')
  const red = await makeCitizen(host, '13955590003', '孙小红')
  const fever = await host.call('health-declare', declaration({ health: { temperature: 38.5, symptoms: [], conditions: ['none'] } }), yellow.token)
  expect(fever.body.data.status.status).toBe('yellow')
  expect(await declareHighRiskTrip(host, red)).toBe('red')
  // Three people step up in turn, 3 s each, round and round.
  suite.showOnCamera([green.qrAt(Date.now()), await renewed(host, yellow), await renewed(host, red)])
  const before = await db.count('scans')

  const { page } = await suite.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } })
  await watchWorkspace(page)
  await signIn(page, host, VERIFIER)
  expect(page.url()).toMatch(/\/packages\/staff\/pages\/scan\/index$/)
  await waitForText(page, '核验名单 0 分钟前更新')
  expect(await page.locator('#workspace').getAttribute('data-audio')).toBe('locked')
  // Staff are citizens too: their own code is one tap from here.
  expect(await page.locator('#go-my-code').innerText()).toContain('我的健康码')

  await page.getByRole('button', { name: '开始上岗' }).click()
  await page.locator('#workspace[data-audio="running"]').waitFor()
  await page.waitForFunction(() => (window as unknown as { __results: unknown[] }).__results.length >= 3, null, { timeout: 60_000, polling: 100 })

  const seen = (await results(page)).slice(0, 3)
  expect(seen.map((s) => s.verdict).sort()).toEqual(['green', 'red', 'yellow'])
  expect(seen.every((s) => s.region === '杭州市')).toBe(true)
  // One vibration per person, told apart by rhythm: one short, two short, one long.
  const pattern: Record<string, number[]> = { green: [80], yellow: [120, 100, 120], red: [600] }
  const vibrations = await page.evaluate(() => (window as unknown as { __vibrations: number[][] }).__vibrations)
  expect(seen.map((s) => s.vibrations)).toEqual([1, 2, 3])
  expect(vibrations.slice(0, 3)).toEqual(seen.map((s) => pattern[s.verdict]))
  // And by ear: one high beep, two mid beeps, one low tone (after the silent one that unlocked the audio).
  const tones = await page.evaluate(() => (window as unknown as { __tones: number[] }).__tones)
  const heard: Record<string, number[]> = { green: [1320], yellow: [660, 660], red: [220] }
  const perPerson = seen.map((s, i) => tones.slice(i === 0 ? 1 : seen[i - 1].tones, s.tones))
  expect(perPerson).toEqual(seen.map((s) => heard[s.verdict]))

  expect(await textOf(page, '#scan-count')).toBe('本次已核验 3 人')
  expect(await textOf(page, '#verdict-live')).toMatch(/^第 3 人：(绿码 · 可通行|黄码 · 按规定处置|红码 · 不得通行)，杭州市$/)
  await waitForText(page, '扫码记录已全部上传', 30_000)
  const rows = await db.rows('select status, holder_region from scans order by scanned_at desc limit 3')
  expect(await db.count('scans')).toBe(before + 3)
  expect(rows.map((r) => r.status).sort()).toEqual(['green', 'red', 'yellow'])
  expect(rows.every((r) => r.holder_region === '330100')).toBe(true)
})

test('one person\'s code held in view for more than 10 s is recorded once', async () => {
  const { host } = suite
  const citizen = await makeCitizen(host, '13955590004', '李小白')
  suite.showOnCamera(citizen.qrAt(Date.now()))
  const { page } = await suite.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  await signIn(page, host, VERIFIER)
  await waitForText(page, '核验名单 0 分钟前更新')
  const before = await db.count('scans')

  await page.getByRole('button', { name: '开始上岗' }).click()
  await page.locator('#verify-result[data-verdict="green"]').waitFor({ timeout: 30_000 })
  const first = await page.getAttribute('#verify-result', 'data-scanned-at')
  const shownAt = await page.evaluate(() => Date.now())
  // After the 2 s the result is up, the same code is read again: shown, said to be a repeat, not recorded.
  await page.locator('#held-result[data-repeat="true"]').waitFor({ timeout: 15_000 })
  expect(await textOf(page, '#repeat-note')).toContain('同一人 10 秒内不重复记录')
  // The person stays in front of the camera for more than 10 s.
  await page.waitForFunction((t0) => Date.now() - t0 > 11_000, shownAt, { timeout: 30_000, polling: 250 })
  expect(await textOf(page, '#scan-count')).toBe('本次已核验 1 人')
  expect(await page.getAttribute('#verify-result', 'data-scanned-at')).toBe(first)
  await waitForText(page, '扫码记录已全部上传', 30_000)
  expect(await db.count('scans')).toBe(before + 1)
})

test('an auditor lands on the staff console and reaches their own code in one tap', async () => {
  const { host } = suite
  // The auditor has declared as a citizen too (through the API, with another phone's key).
  await makeCitizen(host, AUDITOR, '周审核', validIdNumber('330106', '19790301', '052'))
  const { page } = await suite.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } })
  await signIn(page, host, AUDITOR)
  expect(page.url()).toMatch(/\/packages\/staff\/pages\/console\/index$/)
  await page.locator('#go-audit').waitFor()

  await page.getByRole('button', { name: '我的健康码' }).click()
  await page.waitForURL(/\/pages\/index\/index$/)
  // This browser is a new phone for the auditor: it takes the code over and draws it.
  await page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  expect(await textOf(page, '#health-code')).toContain('周*')
})
