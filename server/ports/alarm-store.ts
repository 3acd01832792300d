export interface Alarm {
  id: string
  region: string
  kind: 'bulk-manual' | 'bulk-import'
  detail: Record<string, unknown>
  state: 'open' | 'resolved'
  raisedAt: number
  resolvedBy: string | null
  resolvedAt: number | null
}

export interface AlarmStore {
  raise(a: Alarm): Promise<void>
  list(region: string, states: Alarm['state'][]): Promise<Alarm[]>
  find(id: string): Promise<Alarm | null>
  resolve(id: string, by: string, at: number): Promise<void>
}
