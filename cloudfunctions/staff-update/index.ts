// 修改工作人员 — change role or collection point, or disable (which ends their sessions).
import { staffUpdate } from '@core/api/contract/staff'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(staffUpdate, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.staff.updateStaff.execute(actor, input)
})
