// Hot-path reads as raw SQL, skipping Kysely's query building (about a third of the refresh path's CPU).
// Written with $1, $2 placeholders; SQLite gets ?.
import { CompiledQuery, Kysely } from 'kysely'
import { engineOf } from './dialect'

const converted = new Map<string, string>()

export async function rawRows<T>(db: Kysely<any>, sqlText: string, params: unknown[]): Promise<T[]> {
  let text = sqlText
  if (engineOf(db) === 'sqlite') {
    text = converted.get(sqlText) ?? sqlText.replace(/\$\d+/g, '?')
    converted.set(sqlText, text)
  }
  return (await db.executeQuery<T>(CompiledQuery.raw(text, params))).rows
}
