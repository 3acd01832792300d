// 修改采集点 — rename, move, or reopen a collection point.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { idSchema, shortText } from '@core/validation/common'
import { ManagePoints } from '../../server/usecases/points/manage-points'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({
    pointId: idSchema,
    name: shortText(60).optional(),
    address: shortText(120).optional(),
    kind: z.enum(['collection', 'venue']).optional(),
    status: z.literal('open').optional()
  }).strict(),
  run: ({ pointId, ...patch }, { c, actor }) => new ManagePoints({ store: c.store, clock: c.clock }).update(actor, pointId, patch)
})
