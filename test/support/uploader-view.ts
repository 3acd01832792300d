// What an import's uploader may see of it, for the tests that an admin's import is not a lookup: the exact keys of each answer, and a way to compare two uploads' answers with what is bound to
// differ (ids, file names and hashes, times) set aside.

/** Every key of an import as import-upload, -list, -detail and -reject answer it (no preview, ever). */
export const IMPORT_KEYS = [
  'acceptedRows', 'decidedAt', 'decidedBy', 'error', 'fileHash', 'fileName', 'id', 'job', 'jobId', 'progress', 'region', 'rejected', 'source', 'state',
  'totalRows', 'uploadedAt', 'uploadedBy'
]

/** A rejected row, by line: where and why, in both languages. */
export const ROW_PROBLEM_KEYS = ['code', 'column', 'line', 'message', 'message.en', 'message.zh']

/** The re-audit as the uploader sees it: whether it runs, never how many people. */
export const UPLOADER_JOB_KEYS = ['id', 'state']

/** The informational alarm of an upload. */
export const UPLOAD_ALARM_DETAIL_KEYS = ['fileName', 'import', 'source', 'uploadedBy']

/** Keys that carry match counts: none may appear anywhere in an answer to the uploader. */
export const MATCH_KEYS = ['affected', 'wouldChange', 'byStatus', 'total', 'done', 'changed', 'preview']

/** Every key path in a value (`a.b`, array items as `a[]`), sorted and without repeats. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  const out = new Set<string>()
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach(item => walk(item, `${at}[]`))
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        const path = at ? `${at}.${k}` : k
        out.add(path)
        walk(inner, path)
      }
    }
  }
  walk(value, prefix)
  return [...out].sort()
}

/** The key paths directly under `value` (its own keys), sorted. */
export const ownKeys = (value: object | null | undefined): string[] => Object.keys(value ?? {}).sort()

/** Key paths whose last segment is a match-count key. */
export function matchKeysIn(value: unknown): string[] {
  return keyPaths(value).filter(p => MATCH_KEYS.includes(p.split('.').pop()!.replace('[]', '')))
}

const BOUND_TO_DIFFER = new Set(['id', 'fileName', 'fileHash', 'uploadedAt', 'decidedAt', 'raisedAt', 'resolvedAt', 'import', 'jobId', 'totalRows', 'acceptedRows'])

/**
 * The answer with what two uploads' answers are bound to differ in replaced by its type: ids, file names
 * and hashes, times, and (with `rowCounts: false`) the row counts. What remains must be the same
 * whoever the files name.
 */
export function comparable(value: unknown, options: { rowCounts?: boolean } = {}): unknown {
  const differ = new Set(BOUND_TO_DIFFER)
  if (options.rowCounts) { differ.delete('totalRows'); differ.delete('acceptedRows') }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, differ.has(k) ? typeof inner : walk(inner)]))
    return v
  }
  return walk(value)
}
