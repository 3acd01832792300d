/**
 * @jest-environment node
 */
// `@/services/cloud` resolves to cloud.<TARO_ENV>.ts at build time (Taro's multi-platform files).
// Each build must carry its own transport and none of the others'. Needs all three builds.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../../dist')

function bundleText(platform: string): string {
  const dir = path.join(root, platform)
  if (!fs.existsSync(dir)) throw new Error(`${dir} missing: run \`npm run build:${platform}\` first`)
  const out: string[] = []
  const walk = (d: string) =>
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (p.endsWith('.js')) out.push(fs.readFileSync(p, 'utf8'))
    })
  walk(dir)
  return out.join('\n')
}

// Markers that survive minification: API names and string literals from each transport file.
const WX = /cloud\.callFunction\(\{name:/
const HTTPS = /Bearer /
const ALIPAY = /auth_base/
const NONE = /No cloud transport/

test('weapp: wx.cloud only', () => {
  const js = bundleText('weapp')
  expect(js).toMatch(WX)
  expect(js).not.toMatch(HTTPS)
  expect(js).not.toMatch(ALIPAY)
  expect(js).not.toMatch(NONE)
})

test('alipay: auth code exchange plus HTTPS fallback, no wx.cloud', () => {
  const js = bundleText('alipay')
  expect(js).toMatch(ALIPAY)
  expect(js).toMatch(HTTPS)
  expect(js).not.toMatch(WX)
  expect(js).not.toMatch(NONE)
})

test('h5: HTTPS with a Bearer token only', () => {
  const js = bundleText('h5')
  expect(js).toMatch(HTTPS)
  expect(js).not.toMatch(WX)
  expect(js).not.toMatch(ALIPAY)
  expect(js).not.toMatch(NONE)
})
