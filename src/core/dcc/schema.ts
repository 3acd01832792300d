// EU DCC JSON schema check through the precompiled validator (runtime Ajv compiles code at run time, which
// mini-program engines forbid).
import validate from './dcc-schema-validate.generated'
import { DccPayload } from './types'

/** True when the hcert payload satisfies the DCC schema, including "exactly one of v/t/r, one entry". */
export function isDccPayload(data: unknown): data is DccPayload {
  return validate(data) === true
}

/** The first schema violation of the last failed check, for diagnostics. */
export function lastSchemaError(): string | null {
  const e = validate.errors && validate.errors[0]
  return e ? `${e.instancePath || '/'} ${e.message ?? e.keyword}` : null
}
