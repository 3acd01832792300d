// Which database errors mean "briefly unavailable, retry" (answered 50302) and which are left alone.
import { isRetryableConflict, storeFault, StoreUnavailable } from '../../server/adapters/db/store-faults'

const err = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {})

describe('store faults', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command', 1],
    ['57P03', 'the database system is starting up', 2],
    ['08006', 'connection failure', 1],
    ['53300', 'sorry, too many clients already', 2],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', 2],
    ['ECONNRESET', 'read ECONNRESET', 2],
    ['SQLITE_FULL', 'database or disk is full', 2],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 2],
    ['SQLITE_BUSY', 'database is locked', 2]
  ])('%s (%s) is unavailable, named in the message: retry after %i s', (code, message, wait) => {
    const fault = storeFault(err(message, code))
    expect(fault).toBeInstanceOf(StoreUnavailable)
    expect(fault).toMatchObject({ reason: code, retryAfterSeconds: wait })
    expect(fault!.message).toBe(`store unavailable (${code}): ${message}`)
  })

  it('node-postgres\'s lost connections without a code are unavailable too', () => {
    for (const message of ['Connection terminated unexpectedly', 'Client has encountered a connection error and is not queryable', 'timeout exceeded when trying to connect']) {
      expect(storeFault(err(message))).toMatchObject({ reason: 'connection lost', retryAfterSeconds: 1 })
    }
  })

  it('leaves everything else alone: constraints, bad queries, conflicts to retry, application errors', () => {
    for (const e of [err('duplicate key value violates unique constraint', '23505'), err('UNIQUE constraint failed: citizens.id_hash', 'SQLITE_CONSTRAINT_UNIQUE'),
      err('syntax error', '42601'), err('could not serialize access', '40001'), err('cannot rollback - no transaction is active', 'SQLITE_ERROR'), new Error('boom'), 'text', null]) {
      expect(storeFault(e)).toBeNull()
    }
  })

  it('a serialization failure or a deadlock asks for the transaction again', () => {
    expect(isRetryableConflict(err('could not serialize access', '40001'))).toBe(true)
    expect(isRetryableConflict(err('deadlock detected', '40P01'))).toBe(true)
    expect(isRetryableConflict(err('terminating connection', '57P01'))).toBe(false)
    expect(isRetryableConflict(null)).toBe(false)
  })
})
