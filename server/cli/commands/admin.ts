// `healthcode admin create`: a region's two founding admins, written straight into the store by the
// operator on the host and logged in the audit log (actor `cli:<host user>`). Every later staff member
// is created in the app by an admin and approved by a second, independent one (docs/dual-control.md).
// Once a region has two admins the command refuses, unless `--force --reason "<why>"` (logged too).
import { userInfo } from 'node:os'
import { parse, required, UsageError, Io } from '../args'
import { loadConfig } from '../../runtime/config'
import { prepareKeys } from '../../runtime/bootstrap'
import { createContainer } from '../../runtime/container'
import { CreateFirstAdmin } from '../../usecases/staff/create-first-admin'
import { AppError } from '@core/api/app-error'

const USAGE = 'usage: healthcode admin create --phone <mobile> --name <display name> [--region <code> --region-name <name>] [--force --reason "<why>"]'

function operatorName(): string {
  try {
    return `cli:${userInfo().username}`
  } catch {
    return 'cli'
  }
}

export async function admin(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv
  if (sub !== 'create') throw new UsageError(USAGE)
  const { values } = parse(rest, {
    phone: { type: 'string' }, name: { type: 'string' }, region: { type: 'string' }, 'region-name': { type: 'string' },
    force: { type: 'boolean' }, reason: { type: 'string' }
  })
  const phone = required(values.phone, '--phone')
  if (!/^1[3-9]\d{9}$/.test(phone)) throw new UsageError('--phone must be an 11-digit mainland mobile number')
  const name = required(values.name, '--name')
  const config = loadConfig()
  const region = values.region ?? config.region.code
  if (!/^\d{6}$/.test(region)) throw new UsageError('--region must be a six-digit GB/T 2260 code')
  if (values.force && !values.reason?.trim()) throw new UsageError('--force needs --reason "<why>": it is logged in the audit log')
  if (values.reason && !values.force) throw new UsageError('--reason goes with --force')
  await prepareKeys(config)
  const c = await createContainer(config)
  try {
    const view = await new CreateFirstAdmin({ store: c.store, pii: c.pii, clock: c.clock })
      .execute({ region, regionName: values['region-name'] ?? (region === config.region.code ? config.region.name : region), phone, displayName: name },
        operatorName(), values.force ? { reason: values.reason!.trim().slice(0, 200) } : undefined)
    io.out(JSON.stringify({ created: 'admin', region, staffId: view.staffId, phone: view.phoneMasked }))
    return 0
  } catch (e) {
    if (e instanceof AppError) throw new UsageError(e.detail ?? e.message)
    throw e
  } finally {
    await c.close()
  }
}
