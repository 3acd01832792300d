// 关闭采集点 — close a collection point; its verifiers can no longer record scans there.
import { pointClose } from '@core/api/contract/points'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(pointClose, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.points.closePoint.execute(actor, input)
})
