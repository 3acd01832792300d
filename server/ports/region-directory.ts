export interface RegionEntry {
  code: string
  name: string
}

/** GB/T 2260 administrative divisions, for the trip picker and for checking declared codes. */
export interface RegionDirectory {
  children(parent: string | null): RegionEntry[]
  name(code: string): string | null
  /** A county-level code that exists (trips name the county). */
  isCounty(code: string): boolean
}
