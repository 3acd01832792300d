// One way to get a headless Chromium for browser tests: Debian's /usr/bin/chromium when present,
// else @sparticuz/chromium (npm only; unpacks ~200 MB to TMPDIR on first use). Flags and
// caveats are from shared/TOOLCHAIN.md.
import fs from 'node:fs'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

export const BASE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

// Flags @sparticuz adds that break us: --single-process makes browser.close() hang; the others
// weaken the web security the tests are meant to exercise.
const SPARTICUZ_DROP = ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']

export interface ResolvedChromium {
  executablePath: string
  source: 'system' | 'sparticuz'
  /** Extra flags that source needs (empty for the system build). */
  extraArgs: string[]
}

let resolving: Promise<ResolvedChromium> | null = null

/**
 * Resolve once per process. Call it in a jest globalSetup (or before starting parallel workers)
 * when using @sparticuz: concurrent first unpacks fail with ETXTBSY.
 */
export function resolveChromium(): Promise<ResolvedChromium> {
  if (!resolving) resolving = doResolve()
  return resolving
}

async function doResolve(): Promise<ResolvedChromium> {
  // CHROMIUM_PATH=<binary> picks a browser; HC_CHROMIUM=sparticuz forces the npm build (to test it).
  const override = process.env.CHROMIUM_PATH
  const system = process.env.HC_CHROMIUM === 'sparticuz' ? undefined : [override, ...SYSTEM_CHROMIUM].find((p): p is string => !!p && fs.existsSync(p))
  if (system) return { executablePath: system, source: 'system', extraArgs: [] }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Sparticuz = require('@sparticuz/chromium').default ?? require('@sparticuz/chromium')
  const executablePath: string = await Sparticuz.executablePath()
  const extraArgs = (Sparticuz.args as string[]).filter((a) => !SPARTICUZ_DROP.some((d) => a.startsWith(d)) && !BASE_FLAGS.includes(a) && !a.startsWith('--headless'))
  return { executablePath, source: 'sparticuz', extraArgs }
}

/** Chromium flags that replace the camera with a looping .y4m file and auto-grant permission. */
export function fakeCameraFlags(y4mPath: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4mPath}`]
}

export interface LaunchChromiumOptions {
  /** A .y4m file to serve as the camera. */
  fakeCamera?: string
  args?: string[]
  launch?: Omit<LaunchOptions, 'executablePath' | 'args'>
}

export async function launchChromium(opts: LaunchChromiumOptions = {}): Promise<Browser> {
  const c = await resolveChromium()
  const args = [...BASE_FLAGS, ...c.extraArgs, ...(opts.fakeCamera ? fakeCameraFlags(opts.fakeCamera) : []), ...(opts.args ?? [])]
  // playwright adds --headless itself too; the duplicate is harmless.
  return chromium.launch({ timeout: 60_000, ...opts.launch, executablePath: c.executablePath, headless: true, args })
}
