// 每日打卡 — today's check-in with temperature and symptoms; counts towards exit conditions.
import { z } from 'zod'
import { SYMPTOMS } from '@core/declaration/vocabulary'
import { defineFunction } from '../../server/runtime/define-function'
import { DeclareTrips } from '../../server/usecases/citizen/declare-trips'
import { citizenDeps } from '../../server/runtime/use-cases/shared'

export const main = defineFunction({
  access: 'account',
  input: z.object({
    temperature: z.number().min(34, 'temperature').max(43, 'temperature'),
    symptoms: z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length)
  }).strict(),
  run: (input, { c, actor }) => new DeclareTrips(citizenDeps(c)).checkin(actor, input)
})
