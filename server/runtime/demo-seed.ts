// Demo data for a first start in development (never in production): one region with two admins, two
// auditors (dual control needs two), a verifier and a collection point. docs/demo.md lists them.
import type { Container } from './container'
import type { Actor } from './actor'
import { CreateFirstAdmin } from '../usecases/staff/create-first-admin'
import { CreateStaff } from '../usecases/staff/create-staff'
import { ManagePoints } from '../usecases/points/manage-points'

export const DEMO_ACCOUNTS = [
  { phone: '13800000001', name: '演示管理员 / Demo admin', role: 'admin' },
  { phone: '13800000004', name: '演示管理员二 / Demo admin 2', role: 'admin' },
  { phone: '13800000002', name: '演示审核员 / Demo auditor', role: 'auditor' },
  { phone: '13800000005', name: '演示审核员二 / Demo auditor 2', role: 'auditor' },
  { phone: '13800000003', name: '演示核验员 / Demo verifier', role: 'verifier' }
] as const

export const DEMO_POINT = { name: '文三路核酸采集点', address: '杭州市西湖区文三路 100 号', kind: 'collection' as const }

/** Seeds once: returns false when the region already has staff. */
export async function seedDemo(c: Container): Promise<boolean> {
  const { code, name } = c.config.region
  await c.store.regions.ensure({ code, name }, c.clock.now())
  if ((await c.store.staff.listByRegion(code)).length > 0) return false
  const [first, ...rest] = DEMO_ACCOUNTS
  const admin = await new CreateFirstAdmin({ store: c.store, pii: c.pii, clock: c.clock })
    .execute({ region: code, regionName: name, phone: first.phone, displayName: first.name }, 'demo-seed')
  const actor: Actor = { accountId: admin.staffId, sessionId: null, platform: 'cli', staff: { role: 'admin', region: code, pointId: null } }
  const point = await new ManagePoints({ store: c.store, clock: c.clock }).create(actor, DEMO_POINT)
  const create = new CreateStaff({ store: c.store, pii: c.pii, clock: c.clock })
  for (const a of rest) await create.execute(actor, { phone: a.phone, displayName: a.name, role: a.role, pointId: a.role === 'verifier' ? point.id : null })
  return true
}
