import type { CollectionPoint } from '@core/api/contract/points'

export type { CollectionPoint }

export interface PointStore {
  find(id: string): Promise<CollectionPoint | null>
  listByRegion(region: string): Promise<CollectionPoint[]>
  insert(point: CollectionPoint): Promise<void>
  update(id: string, patch: Partial<Pick<CollectionPoint, 'name' | 'address' | 'kind' | 'status'>>, at: number): Promise<void>
}
