// A correction's or an appeal's reference is what a person reads out on a hotline: 8 characters without
// 0/O or 1/I, drawn from the host's CSPRNG, unique, kept beside the UUID key, and found again by staff
// however it is typed.
import { appealRequest, correctionRequest } from '@core/api/contract/citizen'
import { auditEvidence } from '@core/api/contract/review'
import { ReturnCode } from '@core/api/return-codes'
import { formatReference, REFERENCE_ALPHABET } from '@core/validation/reference-number'
import { RequestCorrection } from '../../server/usecases/citizen/request-correction'
import { openKit, type Kit } from '../support/usecase-kit'

const REFERENCE = new RegExp(`^[${REFERENCE_ALPHABET}]{8}$`)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const correction = (k: Kit) => k.input(correctionRequest, { category: 'trip', description: '我没有去过该地区，请核查', attachments: [] })

it('gives a correction and an appeal a short reference besides the UUID key, shown to the holder and the auditors', async () => {
  const person = await kit.citizen()
  const c = await kit.useCases.citizen.requestCorrection.execute(person.actor, correction(kit))
  const a = await kit.useCases.citizen.requestAppeal.execute(person.actor, kit.input(appealRequest, { description: '复检阴性，申请转绿', attachments: [] }))
  for (const made of [c, a]) {
    expect(made.id).toMatch(UUID)
    expect(made.reference).toMatch(REFERENCE)
  }
  expect(c.reference).not.toBe(a.reference)

  const info = await kit.useCases.citizen.getHealthInfo.execute(person.actor)
  expect(info.cases.map(x => [x.kind, x.reference]).sort()).toEqual([['appeal', a.reference], ['correction', c.reference]])

  const auditor = await kit.staff('auditor')
  const queue = await kit.useCases.review.getReviewQueue.execute(auditor.actor)
  expect(queue.cases.filter(x => x.kind !== 'flag').map(x => [x.id, x.reference]).sort()).toEqual([[a.id, a.reference], [c.id, c.reference]].sort())
  const rows = await kit.rows<{ id: string; reference: string }>('select id, reference from corrections')
  expect(rows).toEqual([{ id: c.id, reference: c.reference }])
})

it('finds the case again by its reference typed in lower case, with or without the dash', async () => {
  const person = await kit.citizen()
  const c = await kit.useCases.citizen.requestCorrection.execute(person.actor, correction(kit))
  const auditor = await kit.staff('auditor')
  for (const typed of [formatReference(c.reference).toLowerCase(), c.reference.toLowerCase(), ` ${formatReference(c.reference)} `]) {
    const evidence = await kit.useCases.review.getEvidence.execute(auditor.actor, kit.input(auditEvidence, { reference: typed }))
    expect(evidence.case).toMatchObject({ kind: 'correction', id: c.id, reference: c.reference })
  }
  const other = c.reference.startsWith('2') ? '3' + c.reference.slice(1) : '2' + c.reference.slice(1)
  await expect(kit.useCases.review.getEvidence.execute(auditor.actor, kit.input(auditEvidence, { reference: other }))).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
  expect(() => kit.input(auditEvidence, { reference: 'OOOO-1111' })).toThrow()
})

it('draws again when the reference drawn is taken, and the store refuses a second case with the same one', async () => {
  const person = await kit.citizen()
  // A source that gives the same bytes twice, then others: the second request must not reuse the reference.
  const draws = [new Uint8Array(8).fill(7), new Uint8Array(8).fill(7), new Uint8Array(8).fill(9)]
  const random = { bytes: (n: number) => (draws.shift() ?? new Uint8Array(n).fill(11)).slice(0, n) }
  const request = new RequestCorrection({ store: kit.c.store, pii: kit.c.pii, clock: kit.clock, random })
  const first = await request.execute(person.actor, correction(kit))
  const second = await request.execute(person.actor, correction(kit))
  expect(first.reference).toBe('99999999')
  expect(second.reference).toBe('BBBBBBBB')
  await expect(kit.c.store.corrections.insert({
    id: 'x', reference: first.reference, accountId: person.actor.accountId, region: kit.region, category: 'trip', descriptionEnc: 'e', state: 'open', createdAt: 0, updatedAt: 0
  // Matched by the engine's code, not with toThrow: better-sqlite3's native part makes its errors with the
  // class of the first test file that loaded it in this jest worker, an Error of another realm here.
  })).rejects.toHaveProperty('code', expect.stringMatching(/^SQLITE_CONSTRAINT/))
})
