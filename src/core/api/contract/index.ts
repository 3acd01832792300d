// Every cloud function's contract, by name. The host's registry, the client's gateway and the
// contract test all read this one list; a function without an entry here cannot be hosted.
import type { FunctionContract, InputOf, OutputOf, ParsedInputOf } from './define'
import { AUTH_CONTRACTS } from './auth'
import { CITIZEN_CONTRACTS } from './citizen'
import { DEVICE_CONTRACTS } from './device'
import { EXPORTS_CONTRACTS } from './exports'
import { GRANTS_CONTRACTS } from './grants'
import { IMPORTS_CONTRACTS } from './imports'
import { POINTS_CONTRACTS } from './points'
import { REVIEW_CONTRACTS } from './review'
import { RULES_CONTRACTS } from './rules'
import { STAFF_CONTRACTS } from './staff'
import { VERIFIER_CONTRACTS } from './verifier'

export const CONTRACTS = [
  ...AUTH_CONTRACTS, ...CITIZEN_CONTRACTS, ...DEVICE_CONTRACTS, ...EXPORTS_CONTRACTS, ...GRANTS_CONTRACTS, ...IMPORTS_CONTRACTS,
  ...POINTS_CONTRACTS, ...REVIEW_CONTRACTS, ...RULES_CONTRACTS, ...STAFF_CONTRACTS, ...VERIFIER_CONTRACTS
] as const

type AnyContract = (typeof CONTRACTS)[number]

export type FunctionName = AnyContract['name']
export type ContractOf<N extends FunctionName> = Extract<AnyContract, FunctionContract<N>>
export type FunctionInput<N extends FunctionName> = InputOf<ContractOf<N>>
export type FunctionParsedInput<N extends FunctionName> = ParsedInputOf<ContractOf<N>>
export type FunctionOutput<N extends FunctionName> = OutputOf<ContractOf<N>>

export function contractNamed(name: string): FunctionContract | undefined {
  return (CONTRACTS as readonly FunctionContract[]).find(c => c.name === name)
}
