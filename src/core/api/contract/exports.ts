// The exports functions' wire contracts. Aggregates by default; records of individuals only with a
// named purpose, and pseudonymous (the holder pseudonym, never a name or an ID number).
import { z } from 'zod'
import { defineContract } from './define'

export interface AggregateExport {
  region: string
  /** Citizens per status colour. */
  byStatus: Record<string, number>
  /** China day (YYYY-MM-DD) → status colour → changes to it that day. */
  changesPerDay: Record<string, Record<string, number>>
}

export interface ExportedRecord {
  holder: string
  status: string
  reason: string | null
  setAt: number
}

export interface RecordsExport {
  purpose: string
  records: ExportedRecord[]
}

export const exportAggregate = defineContract<AggregateExport>()('export-aggregate', z.object({}).strict())
export const exportRecords = defineContract<RecordsExport>()('export-records', z.object({ purpose: z.string().trim().min(10, 'too_short').max(200) }).strict())

export const EXPORTS_CONTRACTS = [exportAggregate, exportRecords] as const
