// The region admin's import functions, typed by their contract. The region is the caller's own (session).
import { callFunction, type FunctionInput } from '@/services/cloud'

export const uploadImport = (input: FunctionInput<'import-upload'>) => callFunction('import-upload', input)
export const listImports = () => callFunction('import-list', {})
export const importDetail = (importId: string) => callFunction('import-detail', { importId })
/** The match preview, for an admin who may decide (never the uploader: 40305); the host logs each reading. */
export const importPreview = (importId: string) => callFunction('import-preview', { importId })
export const approveImport = (importId: string) => callFunction('import-approve', { importId })
export const rejectImport = (importId: string, reason: string) => callFunction('import-reject', { importId, reason })
export const jobStatus = (jobId: string) => callFunction('job-status', { jobId })
