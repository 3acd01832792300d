import type { Kysely } from 'kysely'
import type { StatusRecord } from '@core/rules'
import type { Database } from '../schema'
import type { HistoryEntry, StatusStore, StoredStatus } from '../../../ports/status-store'

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString())
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso))

function recordFrom(r: { status: string; set_at: number; rule_id: string | null; rule_version: number | null; reason: string | null; exit_json: string | null; earliest_exit_at: number | null }): StatusRecord {
  return {
    status: r.status as StatusRecord['status'], setAt: iso(r.set_at) as string, ruleId: r.rule_id, ruleVersion: r.rule_version === null ? null : Number(r.rule_version),
    reason: r.reason, exit: r.exit_json ? JSON.parse(r.exit_json) : null, earliestExitAt: iso(r.earliest_exit_at)
  }
}

export class StatusRepository implements StatusStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(accountId: string) {
    const r = await this.db.selectFrom('statuses').selectAll().where('account_id', '=', accountId).executeTakeFirst()
    if (!r) return null
    return {
      accountId, region: r.region, record: recordFrom(r), inputs: JSON.parse(r.inputs_json),
      revokedBefore: r.revoked_before === null ? null : Number(r.revoked_before), evaluatedAt: Number(r.evaluated_at),
      testValidUntil: r.test_valid_until === null ? null : Number(r.test_valid_until), vaccinated: Number(r.vaccinated) === 1
    }
  }

  async findMany(accountIds: string[]) {
    const out = new Map<string, Omit<StoredStatus, 'inputs'>>()
    if (accountIds.length === 0) return out
    const rows = await this.db.selectFrom('statuses').select(['account_id', 'region', 'status', 'set_at', 'rule_id', 'rule_version', 'reason', 'exit_json',
      'earliest_exit_at', 'revoked_before', 'evaluated_at', 'test_valid_until', 'vaccinated']).where('account_id', 'in', accountIds).execute()
    for (const r of rows) {
      out.set(r.account_id, {
        accountId: r.account_id, region: r.region, record: recordFrom(r), revokedBefore: r.revoked_before === null ? null : Number(r.revoked_before),
        evaluatedAt: Number(r.evaluated_at), testValidUntil: r.test_valid_until === null ? null : Number(r.test_valid_until), vaccinated: Number(r.vaccinated) === 1
      })
    }
    return out
  }

  async raiseRevokedBefore(accountId: string, before: number) {
    await this.db.updateTable('statuses').set({ revoked_before: before })
      .where('account_id', '=', accountId).where(eb => eb.or([eb('revoked_before', 'is', null), eb('revoked_before', '<', before)])).execute()
  }

  async saveCheckpoint(accountId: string, testValidUntil: number | null, vaccinated: boolean) {
    await this.db.updateTable('statuses').set({ test_valid_until: testValidUntil, vaccinated: vaccinated ? 1 : 0 }).where('account_id', '=', accountId).execute()
  }

  async save(s: StoredStatus) {
    const row = {
      account_id: s.accountId, region: s.region, status: s.record.status, reason: s.record.reason, rule_id: s.record.ruleId,
      rule_version: s.record.ruleVersion, set_at: ms(s.record.setAt) as number, exit_json: s.record.exit ? JSON.stringify(s.record.exit) : null,
      earliest_exit_at: ms(s.record.earliestExitAt), inputs_json: JSON.stringify(s.inputs), revoked_before: s.revokedBefore, evaluated_at: s.evaluatedAt,
      test_valid_until: s.testValidUntil, vaccinated: s.vaccinated ? 1 : 0
    }
    await this.db.insertInto('statuses').values(row).onConflict(oc => oc.column('account_id').doUpdateSet(row)).execute()
  }

  async moveTo(fromAccountId: string, toAccountId: string) {
    await this.db.updateTable('statuses').set({ account_id: toAccountId }).where('account_id', '=', fromAccountId).execute()
    await this.db.updateTable('status_history').set({ account_id: toAccountId }).where('account_id', '=', fromAccountId).execute()
  }

  async appendHistory(e: HistoryEntry) {
    await this.db.insertInto('status_history').values({
      id: e.id, account_id: e.accountId, at: e.at, from_status: e.from, to_status: e.record.status, reason: e.record.reason,
      rule_id: e.record.ruleId, rule_version: e.record.ruleVersion, exit_json: e.record.exit ? JSON.stringify(e.record.exit) : null,
      earliest_exit_at: ms(e.record.earliestExitAt), inputs_json: JSON.stringify(e.inputs), source: e.source, actor: e.actor
    }).execute()
  }

  async history(accountId: string, limit: number) {
    const rows = await this.db.selectFrom('status_history').selectAll().where('account_id', '=', accountId).orderBy('at', 'desc').limit(limit).execute()
    return rows.map(r => ({
      id: r.id, accountId, at: Number(r.at), from: r.from_status as HistoryEntry['from'],
      record: recordFrom({ ...r, status: r.to_status, set_at: r.at }), inputs: JSON.parse(r.inputs_json),
      source: r.source as HistoryEntry['source'], actor: r.actor
    }))
  }
}
