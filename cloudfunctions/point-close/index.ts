// 关闭采集点 — close a collection point; its verifiers can no longer record scans there.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { idSchema } from '@core/validation/common'
import { ManagePoints } from '../../server/usecases/points/manage-points'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ pointId: idSchema }).strict(),
  run: ({ pointId }, { c, actor }) => new ManagePoints({ store: c.store, clock: c.clock }).update(actor, pointId, { status: 'closed' })
})
