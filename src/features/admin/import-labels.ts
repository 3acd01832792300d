// Each import and re-audit state as an icon plus words (never colour alone).
import type { MessageKey } from '@/i18n'
import type { ImportState, JobState } from '@core/api/contract/imports'

export const IMPORT_STATE: Record<ImportState, { icon: string; key: MessageKey }> = {
  processing: { icon: '⟳', key: 'dataImport.state.processing' },
  preview: { icon: '◷', key: 'dataImport.state.preview' },
  approved: { icon: '✓', key: 'dataImport.state.approved' },
  rejected: { icon: '⊘', key: 'dataImport.state.rejected' },
  failed: { icon: '⚠', key: 'dataImport.state.failed' }
}

export const JOB_STATE: Record<JobState, { icon: string; key: MessageKey }> = {
  queued: { icon: '◷', key: 'dataImport.job.queued' },
  running: { icon: '⟳', key: 'dataImport.job.running' },
  done: { icon: '✓', key: 'dataImport.job.done' },
  failed: { icon: '⚠', key: 'dataImport.job.failed' },
  held: { icon: '⏸', key: 'dataImport.job.held' }
}
