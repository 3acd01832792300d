// What stops the first declaration from being an "is this ID number registered?" oracle.
// Without a national identity authority, a bind of someone else's number cannot look like a success, so
// every try is made costly, visible and limited:
//  - an account may try 2 distinct ID numbers in its lifetime, distinct by ID type and number (a number that
//    fails its format or check digit is a field error and does not count); a third is refused before any look-up;
//  - tries are limited per client address and per region per hour; the first try past a limit raises an
//    alarm for the region's admins (once per limit, address and hour);
//  - a number bound to another account freezes this account for binding (an identity-recovery item for
//    the auditors), and its owner gets a notice; a second number tried while frozen is still looked up,
//    so that its owner is told too, but never binds.
// Every one of these answers is the same IDENTITY_CHECK_REQUIRED, with nothing else in it: a conflict must
// look exactly like "frozen", "limit reached" and "too many tries".
import { AppError } from '@core/api/app-error'
import { storedMask } from '@core/identity/id-mask'
import { surnameOf } from '@core/identity/masking'
import type { Texts } from '@core/rules'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Citizen } from '../../ports/citizen-store'
import type { IdentityAttempt } from '../../ports/identity-attempt-store'
import { newId } from '../../kernel/ids'
import type { BasicInput, OpenedId } from './bind-identity'

/** Distinct ID numbers one account may ever try to bind (not configurable). */
export const DISTINCT_NUMBERS_PER_ACCOUNT = 2

/** Hourly limits on binding tries (ID_BIND_PER_IP_PER_HOUR, ID_BIND_PER_REGION_PER_HOUR). */
export interface IdBindingLimits {
  perIpPerHour: number
  perRegionPerHour: number
}

export const DEFAULT_ID_BINDING_LIMITS: IdBindingLimits = { perIpPerHour: 30, perRegionPerHour: 1000 }

const HOUR = 3600_000

export interface AttemptDeps {
  store: Store
  pii: PiiProtector
  clock: Clock
  /** The region this host serves: its tries are counted, and its admins alarmed, together. */
  region: string
  limits: IdBindingLimits
}

/** An ID number someone typed, checked for its type, with the hashes its (type, number) is (or may be) stored under. */
export interface IdentityClaim {
  basic: BasicInput
  id: OpenedId
  hash: string
  hashes: string[]
}

export function identityClaim(pii: PiiProtector, basic: BasicInput, id: OpenedId): IdentityClaim {
  return { basic, id, hash: pii.lookupHash('id', id.key), hashes: pii.lookupHashes('id', id.key) }
}

/** The one answer for every reason an identity needs an in-person check. */
export const identityCheckRequired = () => new AppError('IDENTITY_CHECK_REQUIRED')

/**
 * Before any look-up, inside the transaction that holds the account (so concurrent tries of one account are
 * counted one after another, never side by side). 'refused' for a number already tried while the account is
 * frozen (nothing new to check), a third distinct number, and tries past the hourly limits; the caller commits
 * the counting and answers 40306. Otherwise the try is counted, and the answer says whether the account is frozen.
 */
export async function admitAttempt(deps: AttemptDeps, accountId: string, claim: IdentityClaim, ip: string): Promise<{ frozen: boolean } | 'refused'> {
  const { store } = deps
  const type = claim.basic.idType
  const tried = await store.identityAttempts.forAccount(accountId)
  const known = tried.some(a => a.idType === type && claim.hashes.includes(a.idHash))
  const frozen = (await store.identityRecoveries.activeFor(accountId)) !== null
  if (known && frozen) return 'refused'
  if (!known && new Set(tried.map(a => `${a.idType}:${a.idHash}`)).size >= DISTINCT_NUMBERS_PER_ACCOUNT) return 'refused'
  if (!(await underHourlyLimits(deps, accountId, ip))) return 'refused'
  return { frozen }
}

/** Counts the try per client address (when there is one: Alipay's cloud gives none) and per region. */
async function underHourlyLimits(deps: AttemptDeps, accountId: string, ip: string): Promise<boolean> {
  const { store: { rateLimiter }, region, limits } = deps
  if (ip && !(await rateLimiter.hit(`id-bind:ip:${ip}`, limits.perIpPerHour, HOUR))) {
    await alarmOnce(deps, accountId, 'address', `ip:${ip}`, limits.perIpPerHour)
    return false
  }
  if (!(await rateLimiter.hit(`id-bind:region:${region}`, limits.perRegionPerHour, HOUR))) {
    await alarmOnce(deps, accountId, 'region', `region:${region}`, limits.perRegionPerHour)
    return false
  }
  return true
}

/** A spike: the first try past a limit in an hour's window raises one alarm, and the admins get a notice. */
async function alarmOnce(deps: AttemptDeps, accountId: string, scope: 'address' | 'region', key: string, limit: number): Promise<void> {
  const { store, clock, region } = deps
  if (!(await store.rateLimiter.hit(`id-bind-alarm:${key}`, 1, HOUR))) return
  const now = clock.now()
  const windowStart = Math.floor(now / HOUR) * HOUR
  await store.transaction(async tx => {
    // Nothing of the address is kept: which limit, its value and the hour say what happened.
    await tx.alarms.raise({ id: newId(), region, kind: 'identity-attempts', state: 'open', raisedAt: now, resolvedBy: null, resolvedAt: null, detail: { scope, limit, windowStart } })
    await tx.audit.append({ region, actor: accountId, action: 'identity.bind.alarm', subject: null, reason: scope, data: { limit, windowStart } })
    for (const admin of (await tx.staff.listByRegion(region)).filter(s => s.role === 'admin' && s.status === 'active')) {
      await tx.notices.add({ id: newId(), accountId: admin.accountId, at: now, kind: 'identity', readAt: null, text: {
        title: { zh: '告警：实名绑定尝试激增', en: 'Alarm: a spike in identity binding attempts' },
        body: scope === 'region'
          ? { zh: `本地区一小时内的实名绑定尝试超过 ${limit} 次，之后的尝试均需当面核验，请查看告警`, en: `More than ${limit} identity binding attempts in the region within an hour; further attempts need an in-person check. See the alarms page` }
          : { zh: `同一网络地址一小时内的实名绑定尝试超过 ${limit} 次，之后的尝试均需当面核验，请查看告警`, en: `More than ${limit} identity binding attempts from one network address within an hour; further attempts need an in-person check. See the alarms page` }
      } })
    }
  })
}

/** What an attempt keeps: the number sealed and hashed, its ends, and for a conflict what was typed with it. */
export function attemptRecord(deps: Pick<AttemptDeps, 'pii' | 'region'>, accountId: string, claim: IdentityClaim, outcome: IdentityAttempt['outcome'], at: number): IdentityAttempt {
  const { pii, region } = deps
  const { basic } = claim
  return {
    id: newId(), accountId, region, idType: claim.id.idType, idHash: claim.hash, idEnc: pii.seal(claim.id.key), idEnds: storedMask(claim.id.idType, claim.id.number), outcome, at,
    claim: outcome === 'conflict' ? {
      nameEnc: pii.seal(basic.name), surname: surnameOf(basic.name), householdRegion: basic.householdRegion, addressEnc: pii.seal(basic.address),
      particularsEnc: claim.id.particulars ? pii.seal(JSON.stringify(claim.id.particulars)) : null
    } : null
  }
}

/** China time as the notices show it, e.g. 2026-03-02 10:00. */
function chinaTime(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ')
}

/** The owner's notice: that someone tried, and when; nothing of who. */
export function attemptNotice(at: number): { title: Texts; body: Texts } {
  const t = chinaTime(at)
  return {
    title: { zh: '有人尝试用您的证件号实名绑定', en: 'Someone tried to bind your ID number' },
    body: {
      zh: `${t}，有一个账号尝试用您的证件号实名绑定，未能绑定，您的账号和健康码不受影响。如果是您本人更换了手机号，请携带证件到社区或采集点，由工作人员当面核验。`,
      en: `At ${t} (China time) an account tried to bind your ID number. It was not bound; your account and code are not affected. If it was you on a new phone number, bring your document to a community office or collection point for an in-person check.`
    }
  }
}

/**
 * A number bound to another account, or any number tried while frozen: the attempt is recorded, the
 * account frozen (an identity-recovery item opened if none is), the number's owner notified. The caller commits
 * it and then answers the same 40306 as every refusal above.
 */
export async function recordRefusal(deps: AttemptDeps, accountId: string, claim: IdentityClaim, owner: Citizen | null): Promise<void> {
  const { store, clock, region } = deps
  const now = clock.now()
  await store.transaction(async tx => {
    const attempt = attemptRecord(deps, accountId, claim, owner ? 'conflict' : 'frozen', now)
    await tx.identityAttempts.add(attempt)
    let recovery = await tx.identityRecoveries.activeFor(accountId)
    if (!recovery && owner) {
      recovery = {
        id: newId(), region, accountId, state: 'open', openedAt: now, attemptId: null, requestedBy: null, requestedAt: null, noteEnc: null,
        decidedBy: null, decidedAt: null, decisionNoteEnc: null
      }
      await tx.identityRecoveries.open(recovery)
    }
    if (owner) await tx.notices.add({ id: newId(), accountId: owner.accountId, at: now, kind: 'identity', readAt: null, text: attemptNotice(now) })
    // Pseudonyms only: which account tried, which account's number it was (for an investigation), which item.
    await tx.audit.append({
      region, actor: accountId, action: owner ? 'identity.bind.conflict' : 'identity.bind.frozen', subject: accountId,
      data: { attempt: attempt.id, recovery: recovery?.id ?? null, ...(owner ? { owner: owner.accountId } : {}) }
    })
  })
}
