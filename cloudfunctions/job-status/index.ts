// 任务进度 — progress of a background re-audit of the caller's region.
import { jobStatus } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(jobStatus, {
  access: ['admin', 'auditor'],
  run: (input, { useCases, actor }) => useCases.imports.getJob.execute(actor, input)
})
