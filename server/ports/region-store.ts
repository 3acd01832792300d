export interface Region {
  code: string
  name: string
}

export interface RegionStore {
  find(code: string): Promise<Region | null>
  ensure(region: Region, at: number): Promise<void>
}
