// 新增采集点 — a region admin opens a collection point or venue.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { shortText } from '@core/validation/common'
import { ManagePoints } from '../../server/usecases/points/manage-points'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ name: shortText(60), address: shortText(120), kind: z.enum(['collection', 'venue']) }).strict(),
  run: (input, { c, actor }) => new ManagePoints({ store: c.store, clock: c.clock }).create(actor, input)
})
