// The verifier functions' wire contracts.

export const VERIFIER_CONTRACTS = [] as const
