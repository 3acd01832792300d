import { isMoving, readsPreview, withCounts } from './use-import-detail'

const imp = (state: string, job: { state: string } | null = null) => ({ state, job }) as never

it('polls while rows are read and while an approved import\'s re-audit runs, not after', () => {
  expect(isMoving(imp('processing'))).toBe(true)
  expect(isMoving(imp('preview'))).toBe(false)
  expect(isMoving(imp('approved'))).toBe(true)
  expect(isMoving(imp('approved', { state: 'running' }))).toBe(true)
  expect(isMoving(imp('approved', { state: 'done' }))).toBe(false)
  expect(isMoving(imp('approved', { state: 'held' }))).toBe(false)
  expect(isMoving(imp('rejected'))).toBe(false)
})

it('reads the match preview only as another admin, only while the import waits for a decision', () => {
  const waiting = { state: 'preview', uploadedBy: 'admin-1' } as never
  expect(readsPreview(waiting, 'admin-2')).toBe(true)
  expect(readsPreview(waiting, 'admin-1')).toBe(false)
  expect(readsPreview(waiting, null)).toBe(false)
  expect(readsPreview({ state: 'approved', uploadedBy: 'admin-1' } as never, 'admin-2')).toBe(false)
  expect(readsPreview(null, 'admin-2')).toBe(false)
})

it('tells a re-audit with counts from the uploader\'s, which has none', () => {
  expect(withCounts({ id: 'j', state: 'done', total: 1, done: 1, changed: 1 })).toBe(true)
  expect(withCounts({ id: 'j', state: 'done' })).toBe(false)
})
