// Publishing a rule set signed offline: sent as it is, the host verifies it.
import { callFunction, type FunctionInput } from '@/services/cloud'

export const publishRules = (signed: FunctionInput<'rules-publish'>['signed']) => callFunction('rules-publish', { signed })
