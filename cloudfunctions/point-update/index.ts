// 修改采集点 — rename, move, or reopen a collection point.
import { pointUpdate } from '@core/api/contract/points'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(pointUpdate, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.points.updatePoint.execute(actor, input)
})
