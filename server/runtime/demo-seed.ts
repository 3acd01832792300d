// Demo data for a first start in development (never in production): one region with two admins, two
// auditors (dual control needs two), a verifier and a collection point. docs/demo.md lists them.
// All are made by the operator, approved at once, as `healthcode admin create` makes the founders: no
// admin of the region made them, so any two are independent under dual control (docs/dual-control.md).
import type { Container } from './container'
import type { Actor } from '../usecases/actor'
import { CreateFirstAdmin } from '../usecases/staff/create-first-admin'
import { CreateStaffOnHost } from '../usecases/staff/create-staff-on-host'
import { CreatePoint } from '../usecases/points/create-point'
import { chinaDate } from '@core/declaration/schema'
import { newId } from '../kernel/ids'

export const DEMO_ACCOUNTS = [
  { phone: '13800000001', name: '演示管理员 / Demo admin', role: 'admin' },
  { phone: '13800000004', name: '演示管理员二 / Demo admin 2', role: 'admin' },
  { phone: '13800000002', name: '演示审核员 / Demo auditor', role: 'auditor' },
  { phone: '13800000005', name: '演示审核员二 / Demo auditor 2', role: 'auditor' },
  { phone: '13800000003', name: '演示核验员 / Demo verifier', role: 'verifier' }
] as const

/** Demo risk areas (until data imports replace them): 武昌区 high, 黄浦区 medium, for 60 days from the first start. */
export const DEMO_RISK_AREAS = [
  { regionCode: '420106', level: 'high' as const, name: '湖北省武汉市武昌区' },
  { regionCode: '310101', level: 'medium' as const, name: '上海市黄浦区' }
]

export const DEMO_POINT = { name: '文三路核酸采集点', address: '杭州市西湖区文三路 100 号', kind: 'collection' as const }

/** Seeds once: returns false when the region already has staff. */
export async function seedDemo(c: Container): Promise<boolean> {
  const { code, name } = c.config.region
  await c.store.regions.ensure({ code, name }, c.clock.now())
  if ((await c.store.staff.listByRegion(code)).length > 0) return false
  const deps = { store: c.store, pii: c.pii, clock: c.clock }
  const admins = DEMO_ACCOUNTS.filter(a => a.role === 'admin')
  let actor: Actor | null = null
  for (const a of admins) {
    const admin = await new CreateFirstAdmin(deps).execute({ region: code, regionName: name, phone: a.phone, displayName: a.name }, 'demo-seed')
    actor ??= { accountId: admin.staffId, sessionId: null, platform: 'cli', staff: { role: 'admin', region: code, pointId: null } }
  }
  const point = await new CreatePoint({ store: c.store, clock: c.clock }).execute(actor!, DEMO_POINT)
  for (const a of DEMO_ACCOUNTS.filter(x => x.role !== 'admin')) {
    await new CreateStaffOnHost(deps).execute({ region: code, regionName: name, phone: a.phone, displayName: a.name, role: a.role, pointId: a.role === 'verifier' ? point.id : null }, 'demo-seed')
  }
  const now = c.clock.now()
  for (const area of DEMO_RISK_AREAS) {
    await c.store.riskAreas.insert({ id: newId(), regionCode: area.regionCode, level: area.level, from: chinaDate(now - 10 * 86400_000), to: chinaDate(now + 60 * 86400_000), source: 'demo-seed' }, now)
  }
  return true
}
