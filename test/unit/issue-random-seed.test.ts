// The random-seed use case: the host's CSPRNG bytes, 32 of them, counted per client address.
import { AppError } from '@core/api/app-error'
import { fromBase64 } from '@core/encoding/bytes'
import { IssueRandomSeed } from '../../server/usecases/device/issue-random-seed'
import type { RateLimiter } from '../../server/ports/rate-limiter'

function limiter(allow: boolean) {
  const hits: [string, number, number][] = []
  const l: RateLimiter = { hit: async (key, limit, windowMs) => (hits.push([key, limit, windowMs]), allow), count: async () => 0 }
  return { l, hits }
}

it('answers 32 bytes of the host\'s random source, base64, and counts the caller\'s address', async () => {
  const { l, hits } = limiter(true)
  const asked: number[] = []
  const uc = new IssueRandomSeed({ random: { bytes: n => (asked.push(n), new Uint8Array(n).fill(7)) }, limiter: l, policy: { perIpPerHour: 5 } })
  const r = await uc.execute('203.0.113.9')
  expect(fromBase64(r.seed)).toEqual(new Uint8Array(32).fill(7))
  expect(asked).toEqual([32])
  expect(hits).toEqual([['random-seed:ip:203.0.113.9', 5, 3600_000]])
})

it('refuses past the limit, without drawing any bytes', async () => {
  const { l } = limiter(false)
  const uc = new IssueRandomSeed({ random: { bytes: () => { throw new Error('drawn') } }, limiter: l, policy: { perIpPerHour: 5 } })
  await expect(uc.execute('203.0.113.9')).rejects.toEqual(expect.objectContaining({ code: 42901 }))
  await expect(uc.execute('203.0.113.9')).rejects.toBeInstanceOf(AppError)
})

it('leaves callers without an address (a cloud platform\'s own runtime) to the platform\'s quotas', async () => {
  const { l, hits } = limiter(false)
  const uc = new IssueRandomSeed({ random: { bytes: n => new Uint8Array(n) }, limiter: l, policy: { perIpPerHour: 5 } })
  expect(fromBase64((await uc.execute('')).seed)).toHaveLength(32)
  expect(hits).toEqual([])
})
