// jest globalSetup for browser tests: resolve (and, for @sparticuz, unpack) Chromium once before
// workers start — concurrent first unpacks fail with ETXTBSY (TOOLCHAIN.md). Wire it with
// `globalSetup: '<rootDir>/test/support/chromium-global-setup.ts'` on the browser project.
import { resolveChromium } from './chromium'

export default async function globalSetup(): Promise<void> {
  // Workers resolve again; @sparticuz then finds the unpacked binary in TMPDIR and reuses it.
  await resolveChromium()
}
