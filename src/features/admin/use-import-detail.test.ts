import { isMoving } from './use-import-detail'

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
