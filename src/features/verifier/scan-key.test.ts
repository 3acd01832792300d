jest.mock('@/services/random', () => {
  const actual = jest.requireActual('@/services/random-contract')
  return { RandomUnavailableError: actual.RandomUnavailableError, secureRandom: jest.fn() }
})
import { secureRandom, RandomUnavailableError } from '@/services/random'
import { newScanKey, uuidFromBytes } from './scan-key'

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

it('formats 16 random bytes as a version-4 UUID', () => {
  expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
})

it('takes its bytes from the platform CSPRNG', async () => {
  ;(secureRandom as jest.Mock).mockResolvedValue(Uint8Array.from({ length: 16 }, (_, i) => i))
  expect(await newScanKey('x')).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f')
})

it('without a secure source, still makes distinct keys (hashed, never Math.random)', async () => {
  ;(secureRandom as jest.Mock).mockRejectedValue(new RandomUnavailableError())
  const a = await newScanKey('acct|HZ1:A')
  const b = await newScanKey('acct|HZ1:A')
  expect(a).toMatch(UUID4)
  expect(a).not.toBe(b)
})
