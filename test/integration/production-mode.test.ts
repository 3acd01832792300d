// NODE_ENV=production: refuses demo data and missing keys; with provisioned keys it starts without demo
// accounts and without the development pages. And a backup taken while the host runs is a consistent copy.
import { ReturnCode } from '@core/api/return-codes'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ensureServerBuilt, startHost } from '../support/host'

const root = join(__dirname, '..', '..')
const run = (env: Record<string, string>) => spawnSync(process.execPath, [join(root, 'build', 'host.js')], { env: { ...process.env, PORT: '0', WORKERS: '1', ...env }, encoding: 'utf8', timeout: 20_000 })

describe('production mode', () => {
  beforeAll(() => ensureServerBuilt())

  it('refuses to create keys', () => {
    const r = run({ NODE_ENV: 'production', DATA_DIR: mkdtempSync(join(tmpdir(), 'hc-prod-')) })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('refuses to create keys')
  })

  it('refuses demo data', () => {
    const r = run({ NODE_ENV: 'production', DEMO: '1', DATA_DIR: mkdtempSync(join(tmpdir(), 'hc-prod-')) })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('refuses demo data')
  })

  it('starts with provisioned keys, without demo accounts or development pages; backups are consistent', async () => {
    const dev = await startHost()
    const staffToken = await dev.login('13800000001')
    expect((await dev.call('staff-list', {}, staffToken)).body.data.staff.length).toBe(5)
    const backup = join(dev.dataDir, 'backup.db')
    const b = spawnSync(process.execPath, [join(root, 'bin', 'healthcode.js'), 'backup', '--out', backup], { env: { ...process.env, DATA_DIR: dev.dataDir, DATABASE_URL: '' }, encoding: 'utf8' })
    expect(b.status).toBe(0)
    const copy = new Database(backup, { readonly: true })
    expect((copy.prepare('select count(*) n from staff').get() as { n: number }).n).toBe(5)
    copy.close()
    await dev.stop()

    const prodDir = mkdtempSync(join(tmpdir(), 'hc-prod-'))
    cpSync(join(dev.dataDir, 'keys'), join(prodDir, 'keys'), { recursive: true })
    const prod = await startHost({ dataDir: prodDir, env: { NODE_ENV: 'production' } })
    try {
      expect((await fetch(`${prod.url}/dev/otp`)).status).toBe(404)
      // No SMS gateway configured: production refuses rather than print a code anywhere.
      expect((await prod.call('auth-otp-request', { phone: '13800000001' })).body.code).toBe(ReturnCode.UNAVAILABLE)
      const db = new Database(join(prodDir, 'healthcode.db'), { readonly: true })
      expect((db.prepare('select count(*) n from staff').get() as { n: number }).n).toBe(0)
      db.close()
    } finally {
      await prod.stop()
    }
  }, 60_000)
})
