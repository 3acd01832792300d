// Case references a person reads out and staff type back: 8 characters without 0/O or 1/I, grouped for
// reading, taken back in any case with or without the dash.
import { referenceSchema } from '@core/validation/common'
import { formatReference, parseReference, REFERENCE_ALPHABET, REFERENCE_LENGTH, referenceFromBytes } from '@core/validation/reference-number'

it('uses 32 characters none of which can be taken for another (no 0, O, 1, I)', () => {
  expect(REFERENCE_ALPHABET).toHaveLength(32)
  expect(new Set(REFERENCE_ALPHABET).size).toBe(32)
  for (const c of '01OI') expect(REFERENCE_ALPHABET).not.toContain(c)
})

it('draws every character uniformly from the random bytes', () => {
  const all = new Uint8Array(256).map((_, i) => i)
  const counts = new Map<string, number>()
  for (let i = 0; i < 256; i += REFERENCE_LENGTH) {
    for (const c of referenceFromBytes(all.slice(i, i + REFERENCE_LENGTH))) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  expect(counts.size).toBe(32)
  expect(new Set(counts.values())).toEqual(new Set([8]))
  expect(referenceFromBytes(new Uint8Array(8))).toBe('22222222')
  expect(() => referenceFromBytes(new Uint8Array(7))).toThrow()
})

it('is shown in two groups of four and read back in any case, with or without the dash', () => {
  expect(formatReference('7KQ4WX2M')).toBe('7KQ4-WX2M')
  for (const typed of ['7KQ4-WX2M', '7kq4-wx2m', '7kq4wx2m', ' 7KQ4 WX2M ', '7KQ4—WX2M']) expect(parseReference(typed)).toBe('7KQ4WX2M')
  expect(referenceSchema.parse('7kq4-wx2m')).toBe('7KQ4WX2M')
})

it('refuses what cannot be a reference', () => {
  for (const typed of ['', '7KQ4-WX2', '7KQ4-WX2MM', '0KQ4-WX2M', 'IKQ4-WX2M', '7KQ4_WX2M', '3f2b8c1e-0000-4000-8000-000000000000']) expect(parseReference(typed)).toBeNull()
  const r = referenceSchema.safeParse('OOOO-1111')
  expect(r.success).toBe(false)
})
