// Every trip must name a real county-level division, and the household region a real division: the
// contract checks only the code's form, since this needs the region directory. Checked before anything
// else, so the answer is the same INVALID_INPUT the schema gives, with the same paths and codes.
import { AppError } from '@core/api/app-error'
import { issueMessage, type Locale } from '@core/api/messages'
import type { Issue } from '@core/api/return-codes'
import type { RegionDirectory } from '../../ports/region-directory'

export function assertKnownRegions(regions: Pick<RegionDirectory, 'isCounty' | 'name'>, input: { trips?: { region: string }[]; basic?: { householdRegion: string } }, locale: Locale): void {
  const issues: Issue[] = []
  const unknown = (path: string) => issues.push({ path, code: 'region', message: issueMessage('region', locale) })
  input.trips?.forEach((t, i) => { if (!regions.isCounty(t.region)) unknown(`trips.${i}.region`) })
  if (input.basic && !regions.name(input.basic.householdRegion)) unknown('basic.householdRegion')
  if (issues.length) throw new AppError('INVALID_INPUT', 'unknown region', issues)
}
