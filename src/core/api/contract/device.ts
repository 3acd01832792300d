// The device's own functions: what a phone needs from the host before anyone signs in.
import { z } from 'zod'
import { defineContract } from './define'

/** 32 fresh bytes from the host's CSPRNG, base64: one of the seeds of a phone's fallback random generator. */
export interface RandomSeed {
  seed: string
}

/**
 * random-seed: for platforms with no CSPRNG (Alipay without my.getRandomValues, WeChat plugins). Public: it
 * names and reveals nobody. Over TLS only; the host neither logs nor keeps the bytes (docs/keys.md).
 */
export const randomSeed = defineContract<RandomSeed>()('random-seed', z.object({}).strict())

export const DEVICE_CONTRACTS = [randomSeed] as const
