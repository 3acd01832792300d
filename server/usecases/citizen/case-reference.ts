// A new correction or appeal gets a short reference the person can read out on a hotline: 8 characters
// drawn from the host's CSPRNG (core/validation/reference-number.ts), not used by any other correction
// or appeal. A reference already taken is drawn again; so is one another request took meanwhile (the
// unique index refuses the second insert, and the reference is then found taken).
import { REFERENCE_LENGTH, referenceFromBytes } from '@core/validation/reference-number'
import type { RandomSource } from '../../ports/random-source'
import type { Store } from '../../ports/store'

/** 32^8 references: even with millions of cases a second draw is rare, a fifth is never needed. */
export const REFERENCE_ATTEMPTS = 5

class ReferenceTaken extends Error {
  constructor(reference: string) { super(`case reference ${reference} is taken`) }
}

/** Runs `file` in one transaction with a reference no other case has, and returns what it returns. */
export async function fileWithReference<T>(store: Store, random: RandomSource, file: (tx: Store, reference: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const reference = referenceFromBytes(random.bytes(REFERENCE_LENGTH))
    try {
      return await store.transaction(async tx => {
        if (await tx.cases.referenceTaken(reference)) throw new ReferenceTaken(reference)
        return file(tx, reference)
      })
    } catch (e) {
      const taken = e instanceof ReferenceTaken || await store.cases.referenceTaken(reference).catch(() => false)
      if (!taken || attempt >= REFERENCE_ATTEMPTS) throw e
    }
  }
}
