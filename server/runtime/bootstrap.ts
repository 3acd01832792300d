// First start and every start: keys (created in development, required in production), the store and its
// migrations, the region, and demo data when allowed.
import { createMissingKeys, missingKeyFiles } from '../adapters/keys/key-ring'
import type { Config } from './config'
import { createContainer, Container } from './container'
import { seedDemo } from './demo-seed'

export interface BootstrapReport {
  createdKeys: string[]
  seeded: boolean
}

export async function prepareKeys(config: Config): Promise<string[]> {
  if (config.env === 'production') {
    const missing = missingKeyFiles(config.keysDir)
    if (missing.length) throw new Error(`NODE_ENV=production refuses to create keys: missing in ${config.keysDir}: ${missing.join(', ')}. Provision them first (docs/keys.md).`)
    return []
  }
  return createMissingKeys(config.keysDir, config.region.code, config.issuerAlg)
}

export async function bootstrap(config: Config): Promise<{ report: BootstrapReport; container: Container }> {
  const createdKeys = await prepareKeys(config)
  const container = await createContainer(config)
  await container.store.regions.ensure(config.region, container.clock.now())
  const seeded = config.demo ? await seedDemo(container) : false
  return { report: { createdKeys, seeded }, container }
}
