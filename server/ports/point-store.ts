export interface CollectionPoint {
  id: string
  region: string
  name: string
  address: string
  kind: 'collection' | 'venue'
  status: 'open' | 'closed'
  createdBy: string
  createdAt: number
  updatedAt: number
}

export interface PointStore {
  find(id: string): Promise<CollectionPoint | null>
  listByRegion(region: string): Promise<CollectionPoint[]>
  insert(point: CollectionPoint): Promise<void>
  update(id: string, patch: Partial<Pick<CollectionPoint, 'name' | 'address' | 'kind' | 'status'>>, at: number): Promise<void>
}
