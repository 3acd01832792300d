// The GB/T 2260 divisions under a parent (provinces when none), one level at a time for the trip picker:
// the whole list is too big for the mini-program's main package.
import type { Region, regionList } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { RegionDirectory } from '../../ports/region-directory'

export class ListRegions {
  constructor(private readonly deps: { regions: Pick<RegionDirectory, 'children'> }) {}

  async execute({ parent }: ParsedInputOf<typeof regionList>): Promise<{ regions: Region[] }> {
    return { regions: this.deps.regions.children(parent ?? null) }
  }
}
