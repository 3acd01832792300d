// 新增采集点 — a region admin opens a collection point or venue.
import { pointCreate } from '@core/api/contract/points'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(pointCreate, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.points.createPoint.execute(actor, input)
})
