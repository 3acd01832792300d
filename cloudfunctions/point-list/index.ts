// 采集点列表 — collection points and venues of the caller's region.
import { pointList } from '@core/api/contract/points'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(pointList, {
  access: ['admin', 'auditor', 'verifier'],
  run: (_input, { useCases, actor }) => useCases.points.listPoints.execute(actor)
})
