export interface RiskArea {
  id: string
  regionCode: string
  level: 'high' | 'medium' | 'low'
  from: string
  to: string
  source: string
}

export interface RiskAreaStore {
  all(): Promise<RiskArea[]>
  /** Areas declared at exactly one of these codes (a county and its prefecture and province). */
  atCodes(codes: string[]): Promise<RiskArea[]>
  insert(area: RiskArea, at: number): Promise<void>
  /** With its provenance; a listing already present (same area, level and dates) is left as it is. */
  insertImported(area: RiskArea, importId: string, at: number): Promise<boolean>
}
