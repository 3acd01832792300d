// Extended key usage of a DSC vs the DCC type (hcert spec §5.1.1, vectors CO6–CO15): a DSC that names any DCC
// type OID may only sign those types; a DSC that names none may sign all three.
import { DccType } from './types'

const TYPE_OIDS: Record<DccType, string[]> = {
  t: ['1.3.6.1.4.1.1847.2021.1.1', '1.3.6.1.4.1.0.1847.2021.1.1'],
  v: ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.4.1.0.1847.2021.1.2'],
  r: ['1.3.6.1.4.1.1847.2021.1.3', '1.3.6.1.4.1.0.1847.2021.1.3']
}
const ALL = [...TYPE_OIDS.t, ...TYPE_OIDS.v, ...TYPE_OIDS.r]

export function keyUsageAllows(extKeyUsage: string[], type: DccType): boolean {
  const named = extKeyUsage.filter((o) => ALL.includes(o))
  return named.length === 0 || named.some((o) => TYPE_OIDS[type].includes(o))
}

/** The DCC's type when exactly one of v/t/r is present, else null (the schema check reports that case). */
export function dccType(dcc: unknown): DccType | null {
  if (typeof dcc !== 'object' || dcc === null) return null
  const present = (['v', 't', 'r'] as DccType[]).filter((k) => k in dcc)
  return present.length === 1 ? present[0] : null
}
