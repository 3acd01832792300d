// The collection points' (采集点) wire contracts: a region admin opens, edits and closes the points and
// venues of the region; every staff role of the region lists them.
import { z } from 'zod'
import { idSchema, shortText } from '@core/validation/common'
import { defineContract } from './define'

export const POINT_KINDS = ['collection', 'venue'] as const
export type PointKind = (typeof POINT_KINDS)[number]
export type PointStatus = 'open' | 'closed'

/** A collection point or venue, as stored and as answered. */
export interface CollectionPoint {
  id: string
  region: string
  name: string
  address: string
  kind: PointKind
  status: PointStatus
  createdBy: string
  createdAt: number
  updatedAt: number
}

const kind = z.enum(POINT_KINDS)

export const pointList = defineContract<{ points: CollectionPoint[] }>()('point-list', z.object({}).strict())
export const pointCreate = defineContract<CollectionPoint>()('point-create',
  z.object({ name: shortText(60), address: shortText(120), kind }).strict())
export const pointUpdate = defineContract<CollectionPoint>()('point-update', z.object({
  pointId: idSchema,
  name: shortText(60).optional(),
  address: shortText(120).optional(),
  kind: kind.optional(),
  // Closing has its own function (point-close); here a closed point can only be reopened.
  status: z.literal('open').optional()
}).strict())
export const pointClose = defineContract<CollectionPoint>()('point-close', z.object({ pointId: idSchema }).strict())

export const POINTS_CONTRACTS = [pointList, pointCreate, pointUpdate, pointClose] as const
