// A failure with a stable return code, thrown by use cases and turned into {code, error, message} at the edge.
import { ReturnCode, ReturnCodeName, Issue } from './return-codes'

export class AppError extends Error {
  readonly code: number
  constructor(readonly name_: ReturnCodeName, readonly detail?: string, readonly issues?: Issue[]) {
    super(detail ?? name_)
    this.code = ReturnCode[name_]
  }
}
