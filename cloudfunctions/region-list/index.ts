// 行政区划 — the GB/T 2260 divisions under a parent (provinces when none), for the trip picker.
import { regionList } from '@core/api/contract/citizen'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(regionList, {
  access: 'public',
  run: (input, { useCases }) => useCases.citizen.listRegions.execute(input)
})
