// How a job is cut into shares, and which citizens a share's next batch holds. Listed accounts are cut into
// lists; "every citizen of the region" into ranges of account ids, so a share's size stays fixed while the
// job is stored once, and citizens who register meanwhile fall into the last, open-ended range.
import type { Store } from '../../ports/store'
import type { Job, JobShare, ShareScope } from '../../ports/job-store'

export async function scopesOf(store: Store, job: Job, shareSize: number): Promise<ShareScope[]> {
  if (!job.params.all) {
    const ids = [...new Set(job.params.accountIds ?? [])].sort()
    const scopes: ShareScope[] = []
    for (let i = 0; i < ids.length; i += shareSize) scopes.push({ ids: ids.slice(i, i + shareSize) })
    // An empty job still has one share, so it ends like any other.
    return scopes.length ? scopes : [{ ids: [] }]
  }
  const scopes: ShareScope[] = []
  let after = ''
  for (;;) {
    const page = await store.auditData.citizenPage(job.region, after, shareSize)
    if (page.length < shareSize) { scopes.push({ after, through: null }); return scopes }
    const through = page[page.length - 1]
    scopes.push({ after, through })
    after = through
  }
}

/** The next batch of a share after `resumeAfter`, and whether it is the share's last. */
export async function nextBatch(store: Store, region: string, share: Pick<JobShare, 'scope'>, resumeAfter: string | null, size: number): Promise<{ ids: string[]; last: boolean }> {
  const scope = share.scope
  if ('ids' in scope) {
    // By position, not by comparing ids: the list's order is the one it was stored in.
    const from = resumeAfter === null ? 0 : scope.ids.indexOf(resumeAfter) + 1
    const ids = scope.ids.slice(from, from + size)
    return { ids, last: from + size >= scope.ids.length }
  }
  // The store's own order, as the boundaries were cut in.
  const page = await store.auditData.citizenPage(region, resumeAfter ?? scope.after, size)
  const through = scope.through
  const ids = through === null ? page : page.slice(0, countUpTo(page, through))
  return { ids, last: page.length < size || ids.length < page.length }
}

/** How many of the page's ids come before or at `through` (the page is in the store's order, and `through` came from it). */
function countUpTo(page: string[], through: string): number {
  const at = page.indexOf(through)
  if (at >= 0) return at + 1
  // The boundary's citizen was erased meanwhile: compare directly (account ids are UUIDs, which the store and
  // JavaScript order alike).
  return page.filter(id => id < through).length
}
