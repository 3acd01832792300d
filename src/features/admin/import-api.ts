// Typed wrappers over the region admin's import functions. The region is the caller's own (session).
import { callFunction } from '@/services/cloud'
import type { DataImport, ImportSource, JobProgress, UploadAnswer } from './import-types'

export const uploadImport = (input: { source: ImportSource; fileName: string; contentBase64: string }) => callFunction<UploadAnswer>('import-upload', input)
export const listImports = () => callFunction<{ imports: DataImport[] }>('import-list', {})
export const importDetail = (importId: string) => callFunction<DataImport>('import-detail', { importId })
export const approveImport = (importId: string) => callFunction<DataImport>('import-approve', { importId })
export const rejectImport = (importId: string, reason: string) => callFunction<DataImport>('import-reject', { importId, reason })
export const jobStatus = (jobId: string) => callFunction<JobProgress>('job-status', { jobId })
